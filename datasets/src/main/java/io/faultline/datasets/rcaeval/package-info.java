/**
 * Labelled root-cause cases from public benchmarks, in one record whatever the file layout.
 *
 * <p>Owns the common case record {@link io.faultline.datasets.rcaeval.RcaCaseData} (a wide
 * {@link io.faultline.datasets.rcaeval.MetricTable} of the recording that holds the fault, an optional separate
 * normal-period recording, the fault time, the true root cause and fault type, and the dataset's
 * {@link io.faultline.datasets.rcaeval.CallGraph}), the {@link io.faultline.datasets.rcaeval.RcaCaseSource}
 * contract under which a malformed case folder is reported by name and skipped, and the loaders of the
 * RCAEval layout ({@link io.faultline.datasets.rcaeval.RcaEvalLoader}) and of the older Sock Shop 1 layout
 * ({@link io.faultline.datasets.rcaeval.SockShop1Loader}), the writer of the RCAEval layout
 * ({@link io.faultline.datasets.rcaeval.RcaEvalCaseWriter}) and the small CSV reading pieces the PetShop
 * loader shares.
 *
 * <p>May import {@code io.faultline.ingest} and Jackson only. Reads files only when asked to; never the clock.
 */
package io.faultline.datasets.rcaeval;
