/**
 * A simulated device served over Modbus TCP: {@link org.misono.sim.modbus.ModbusSimulator} for tests and
 * launchers, and the {@code modbus-sim} command line in {@code cli}.
 */
package org.misono.sim.modbus;
