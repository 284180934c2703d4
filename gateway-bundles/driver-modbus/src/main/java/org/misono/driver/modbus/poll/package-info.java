/** Running polls: the link to a device, decoding answers into readings, and the device's online state. */
package org.misono.driver.modbus.poll;
