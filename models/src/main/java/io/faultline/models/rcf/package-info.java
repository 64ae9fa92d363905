/**
 * Random Cut Forest through AWS's {@code randomcutforest-parkservices}:
 * {@link io.faultline.models.rcf.RcfDetector}, its params, its state (the library's state object as a
 * JSON tree), its fitted form and its scorer. The library logs nothing (it has no logging
 * dependency).
 *
 * <p>May import {@code io.faultline.models}, {@code io.faultline.ingest}, Jackson and
 * {@code com.amazon.randomcutforest}.
 */
package io.faultline.models.rcf;
