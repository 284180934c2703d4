/**
 * A simulated device whose register map is its device profile: registers, coils and inputs sized and
 * encoded from the profile's points, answering Modbus requests the way a real device does.
 */
package org.misono.sim.device;
