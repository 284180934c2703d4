/** Planning a poll: which read requests cover a device's points in the fewest round trips. */
package org.misono.driver.modbus.plan;
