/** The gateway configuration file and its translation into Configuration Admin configurations. */
package org.misono.gateway.core.configfile;
