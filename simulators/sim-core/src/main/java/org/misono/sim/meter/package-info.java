/**
 * A household electricity meter: a daily load curve with appliances switching on and off, optional
 * rooftop solar that makes the power negative when the home exports, and energy counters that integrate
 * the power. Works with any profile of device class energy-meter that uses the meter semantics of
 * docs/mqtt-contract.md.
 */
package org.misono.sim.meter;
