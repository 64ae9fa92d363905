/**
 * The PetShop root-cause data set: {@link io.faultline.datasets.petshop.PetShopLoader} reads its scenarios
 * (call graph as an adjacency matrix, a normal period, and labelled issues) into the common
 * {@link io.faultline.datasets.rcaeval.RcaCaseData} record.
 *
 * <p>May import {@code io.faultline.datasets.rcaeval}, {@code io.faultline.ingest} and Jackson only.
 */
package io.faultline.datasets.petshop;
