/** The gateway's identity (id, tenant, firmware) as a service. */
package org.misono.gateway.core.identity;
