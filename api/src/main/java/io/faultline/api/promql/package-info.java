/**
 * The subset of the Prometheus HTTP query API that Faultline answers: a parser for the PromQL subset
 * ({@link io.faultline.api.promql.PromQlParser}), its evaluator over the store and the derived score
 * series ({@link io.faultline.api.promql.Evaluator}, {@link io.faultline.api.promql.QuerySeries}), the
 * Prometheus JSON encoding ({@link io.faultline.api.promql.PromJson}) and the service the routes call
 * ({@link io.faultline.api.promql.PromQueryService}). Knows nothing of HTTP.
 *
 * <p>May import {@code io.faultline.ingest}, {@code io.faultline.models}, {@code io.faultline.api.pipeline}
 * (to replay the live scorer), Jackson and the JDK.
 */
package io.faultline.api.promql;
