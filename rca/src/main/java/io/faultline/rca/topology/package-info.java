/**
 * The system's topology: loading the shared topology file (YAML or JSON) into a
 * {@link io.faultline.rca.topology.Topology}, mapping series to components by their labels, and
 * path queries over the {@link io.faultline.rca.ServiceGraph} used by correlation and ranking.
 *
 * <p>May import {@code io.faultline.rca} and {@code io.faultline.ingest}; Jackson for parsing.
 */
package io.faultline.rca.topology;
