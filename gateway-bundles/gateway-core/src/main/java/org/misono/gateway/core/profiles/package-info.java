/** The profile repository backed by the gateway's profiles folder. */
package org.misono.gateway.core.profiles;
