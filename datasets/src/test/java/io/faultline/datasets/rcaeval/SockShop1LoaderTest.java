package io.faultline.datasets.rcaeval;

import static io.faultline.datasets.rcaeval.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SockShop1LoaderTest {
    private static final String HEADER = "time,carts_cpu,front-end_cpu,carts_lat_90";

    @TempDir
    Path root;

    @Test
    void splitsEachCaseByFileAndReportsMalformedFoldersByName() {
        write(root, "sock-shop-data/carts-cpu/1/normal.csv", HEADER, "1000,1,10,0.1", "1001,1.5,11,0.1");
        write(root, "sock-shop-data/carts-cpu/1/anomalous.csv", HEADER, "5000,99,12,0.4", "5001,98,13,");
        write(root, "sock-shop-data/front-end-mem/1/normal.csv", HEADER, "1,1,1,1");
        write(root, "sock-shop-data/front-end-mem/1/anomalous.csv", HEADER, "2,2,2,2");
        // recorded after the anomalous file, as orders-mem/5 of the published set is
        write(root, "sock-shop-data/orders-mem/5/normal.csv", HEADER, "9000,1,1,1");
        write(root, "sock-shop-data/orders-mem/5/anomalous.csv", HEADER, "7000,2,2,2");
        write(root, "sock-shop-data/user-cpu/1/normal.csv", HEADER, "1,1,1,1");
        TestFiles.folder(root, "sock-shop-data/payment-cpu");
        write(root, "sock-shop-data/collect-data.py", "print('not a case')");

        RcaDataset set = new SockShop1Loader().load(root);

        assertEquals(List.of("carts-cpu/1", "front-end-mem/1", "orders-mem/5"),
                set.cases().stream().map(RcaCaseData::name).toList());
        assertEquals(List.of(new CaseError("payment-cpu", "no repetition folders"),
                new CaseError("user-cpu/1", "no anomalous.csv")), set.errors());

        RcaCaseData carts = set.cases().get(0);
        assertEquals("carts", carts.rootCause());
        assertEquals("cpu", carts.faultType());
        assertEquals(5_000_000L, carts.faultTimeMs());
        assertEquals(0, carts.faultRow());
        assertArrayEquals(new long[] {1_000_000, 1_001_000}, carts.baseline().timestampsMs());
        assertArrayEquals(new long[] {5_000_000, 5_001_000}, carts.data().timestampsMs());
        assertArrayEquals(new double[] {0.4, Double.NaN}, carts.data().column("carts_lat_90").orElseThrow().values());
        assertArrayEquals(new double[] {1, 1.5}, carts.baseline().column("carts_cpu").orElseThrow().values());

        RcaCaseData frontEnd = set.cases().get(1);
        assertEquals("front-end", frontEnd.rootCause());
        assertEquals("mem", frontEnd.faultType());

        RcaCaseData orders = set.cases().get(2);
        assertEquals(7_000_000L, orders.faultTimeMs());
        assertArrayEquals(new long[] {9_000_000}, orders.baseline().timestampsMs());
    }

    @Test
    void readsTheCaseFoldersDirectlyUnderTheRootToo() {
        write(root, "carts-cpu/1/normal.csv", HEADER, "1,1,1,1");
        write(root, "carts-cpu/1/anomalous.csv", HEADER, "2,2,2,2");

        assertEquals(new LoadReport(1, List.of(), List.of()), new SockShop1Loader().forEachCase(root, c -> { }));
    }
}
