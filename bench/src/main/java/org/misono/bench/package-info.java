/** Benchmarks, one package per area; see bench/README.md. */
package org.misono.bench;
