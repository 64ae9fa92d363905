/**
 * ARTime (M. Hampton, 2022): adaptive resonance theory over wavelet features of the downsampled series,
 * NAB's best published detector. The algorithm ({@code ArtimeCore}, {@code ArtimeFeatures},
 * {@code DvfaNetwork}) and a streaming detector that learns its value range online
 * ({@link io.faultline.models.artime.ArtimeDetector}).
 *
 * <p>May import {@code io.faultline.models} and {@code io.faultline.ingest}.
 */
package io.faultline.models.artime;
