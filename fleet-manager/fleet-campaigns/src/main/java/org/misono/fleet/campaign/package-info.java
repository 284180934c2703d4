/**
 * Rollout campaigns: which gateways get a release or a configuration, in which order, and when the rollout
 * goes on, waits or stops. The logic is plain and clock-driven; storage, transport and the REST API call it.
 */
package org.misono.fleet.campaign;
