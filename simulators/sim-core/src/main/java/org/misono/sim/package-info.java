/**
 * Simulated time: a {@link org.misono.sim.Behaviour} moves a device's state forward, a
 * {@link org.misono.sim.Simulation} calls it on a tick, faster or slower than real time, or not at all
 * while paused.
 */
package org.misono.sim;
