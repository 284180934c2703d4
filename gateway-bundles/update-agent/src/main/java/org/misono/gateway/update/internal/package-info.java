/** The update agent's parts: download, verification, staging, health check, and the component tying them. */
package org.misono.gateway.update.internal;
