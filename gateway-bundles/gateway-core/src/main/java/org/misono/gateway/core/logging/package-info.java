/** Framework logging (OSGi Log Service) into the gateway's own log. */
package org.misono.gateway.core.logging;
