/** The Modbus driver: one component per configured device. */
package org.misono.driver.modbus;
