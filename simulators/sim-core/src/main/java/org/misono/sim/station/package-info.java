/**
 * A multi-mobility station: vehicles arrive at docks and leave, batteries charge, locks follow, and the
 * unlock command releases a vehicle. Works with any profile of device class mobility-station that uses
 * the semantics of docs/mqtt-contract.md.
 */
package org.misono.sim.station;
