/**
 * The {@code modbus-sim} command line: serves a simulated device until Ctrl-C, with messages written for
 * the technician setting up a gateway against it.
 */
package org.misono.sim.modbus.cli;
