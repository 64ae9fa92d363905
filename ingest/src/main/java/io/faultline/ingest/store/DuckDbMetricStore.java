package io.faultline.ingest.store;

import io.faultline.ingest.LabelMatcher;
import io.faultline.ingest.MetricStore;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesIndex;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.duckdb.DuckDBConnection;

/**
 * A {@link MetricStore} in an embedded DuckDB database: a file, or {@code :memory:}.
 *
 * <p>Appends are serialised on one writer connection; each batch is one transaction ({@code BEGIN},
 * appenders, {@code COMMIT}; {@code ROLLBACK} on any failure), so it is stored whole or not at all.
 * DuckDB's commit writes the transaction to the write-ahead log and syncs it to disk before it returns,
 * so an append that returned survives a killed process (and a power cut, as far as the disk honours
 * fsync); the log is folded into the file at checkpoints and on close.
 *
 * <p>Reads run in parallel on duplicated connections and see committed batches only. Series ids and
 * keys, the newest timestamp per series and the sample count are kept in memory and reloaded on open.
 *
 * <p>Duplicates, as in Prometheus: a sample at a time its series already has is dropped when the value
 * is the same and fails the batch (an {@code InvalidInputException}) when it differs; samples older than
 * the newest stored one are accepted, so history can be backfilled. Each series of a batch must be
 * ordered by strictly increasing time and appear once ({@code IllegalArgumentException} otherwise).
 */
public final class DuckDbMetricStore implements MetricStore {
    /** The path that opens a database in memory instead of a file. */
    public static final String IN_MEMORY = ":memory:";

    /** From this many keys on, {@link #readAll} reads them in one query instead of one query each. */
    static final int BULK_READ_MIN_SERIES = 32;

    private final DuckDBConnection root;
    private final DuckDBConnection writer;
    private final ReaderPool readers;
    private final WriteHook hook;
    private final SeriesIndex index = new SeriesIndex();
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ConcurrentLinkedQueue<PendingAppend> queued = new ConcurrentLinkedQueue<>();
    private final ReentrantReadWriteLock lifecycle = new ReentrantReadWriteLock();
    private final AtomicLong sampleCount = new AtomicLong();
    private final AtomicLong groupedAppends = new AtomicLong();
    private final long compactRows;
    private final SeriesBounds bounds; // widened under writeLock, read by any thread
    private long recentRows; // rows in samples_recent; guarded by writeLock
    private boolean closed;

    private DuckDbMetricStore(DuckDBConnection root, WriteHook hook, long compactRows) throws SQLException {
        this.root = root;
        this.hook = hook;
        this.compactRows = compactRows;
        this.writer = root.duplicate();
        this.readers = new ReaderPool(root);
        try {
            DuckDbSchema.createOrCheck(writer);
            StoreState.load(writer, index, sampleCount);
            bounds = SeriesBounds.load(writer, index.size());
            recentRows = Compaction.pendingRows(writer);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(writer, e);
            throw e;
        }
    }

    /** Opens (creating it and its folders when missing) the database file at the path, or {@code :memory:}. */
    public static DuckDbMetricStore open(String pathOrMemory) {
        return open(pathOrMemory, WriteHook.NONE);
    }

    static DuckDbMetricStore open(String pathOrMemory, WriteHook hook) {
        return open(pathOrMemory, hook, Compaction.DEFAULT_ROWS);
    }

    /** Opens the store, compacting recent samples whenever {@code compactRows} of them are waiting. */
    static DuckDbMetricStore open(String pathOrMemory, WriteHook hook, long compactRows) {
        if (pathOrMemory == null || pathOrMemory.isBlank()) {
            throw new IllegalArgumentException("store path is required (a file path or " + IN_MEMORY + ")");
        }
        String url = "jdbc:duckdb:";
        if (!IN_MEMORY.equals(pathOrMemory)) {
            Path file = Path.of(pathOrMemory).toAbsolutePath();
            try {
                Files.createDirectories(file.getParent());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create the folder of " + file, e);
            }
            url += file;
        }
        DuckDBConnection root = null;
        try {
            root = (DuckDBConnection) DriverManager.getConnection(url);
            return new DuckDbMetricStore(root, hook, compactRows);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(root, e);
            throw e instanceof RuntimeException r ? r : new StoreException("cannot open store " + pathOrMemory
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stores the batch. Appends that arrive while another is being written queue up, and the next
     * thread to get the writer commits all of them in one transaction (one log sync instead of one
     * each); each returns only after that commit. A group is written only when its batches share no
     * series; otherwise, or when the group's transaction fails, its batches are written one by one so
     * each gets its own outcome.
     */
    @Override
    public void append(SampleBatch batch) {
        PendingAppend mine = new PendingAppend(batch);
        queued.add(mine);
        lifecycle.readLock().lock();
        writeLock.lock();
        try {
            if (!mine.done) {
                List<PendingAppend> group = new ArrayList<>();
                for (PendingAppend p = queued.poll(); p != null; p = queued.poll()) {
                    group.add(p);
                }
                try {
                    write(group);
                } finally {
                    for (PendingAppend p : group) {
                        if (!p.done) { // an Error left the group half done: none of it may look stored
                            p.fail(new StoreException("append failed: the writing thread failed"));
                        }
                    }
                }
            }
        } finally {
            writeLock.unlock();
            lifecycle.readLock().unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    /** Appends waiting for the writer (for tests). */
    int queuedAppends() {
        return queued.size();
    }

    /** Appends committed in a transaction shared with other appends (group commit), since open. */
    public long groupedAppends() {
        return groupedAppends.get();
    }

    private void write(List<PendingAppend> group) {
        if (closed) {
            group.forEach(p -> p.fail(new IllegalStateException("the metric store is closed")));
            return;
        }
        if (group.size() == 1 || !writeTogether(group)) {
            for (PendingAppend p : group) {
                try {
                    writeAlone(p.batch);
                    p.succeed();
                } catch (RuntimeException e) {
                    p.fail(e);
                }
            }
        }
    }

    /** Writes the group in one transaction; false (having stored nothing) when it must be written one by one. */
    private boolean writeTogether(List<PendingAppend> group) {
        try {
            BitSet ids = new BitSet();
            Set<SeriesKey> newKeys = new HashSet<>();
            int nextNewId = index.size();
            for (PendingAppend p : group) {
                p.plan = WritePlan.of(p.batch, index, nextNewId);
                for (int id : p.plan.ids) {
                    if (ids.get(id)) {
                        return false; // two batches of one series: their order and duplicates need one at a time
                    }
                    ids.set(id);
                }
                for (SeriesKey key : p.plan.newKeys) {
                    if (!newKeys.add(key)) {
                        return false; // a new series in two batches would get two ids
                    }
                }
                nextNewId += p.plan.newKeys.size();
                OverlapCheck.apply(p.plan, bounds, writer);
            }
            commit(group.stream().map(p -> p.plan).toList());
        } catch (SQLException | RuntimeException e) {
            return false; // written one by one, each batch fails or succeeds on its own
        }
        long samples = 0;
        for (PendingAppend p : group) {
            long n = p.plan.samplesToWrite();
            publish(p.plan, n);
            samples += n;
            p.succeed();
        }
        groupedAppends.addAndGet(group.size());
        afterWrite(samples);
        return true;
    }

    private void writeAlone(SampleBatch batch) {
        try {
            WritePlan plan = WritePlan.of(batch, index);
            OverlapCheck.apply(plan, bounds, writer);
            long samples = plan.samplesToWrite();
            if (samples == 0) {
                return;
            }
            commit(List.of(plan));
            publish(plan, samples);
            afterWrite(samples);
        } catch (SQLException e) {
            throw new StoreException("append failed: " + e.getMessage(), e);
        }
    }

    private void afterWrite(long samples) {
        recentRows += samples;
        if (recentRows >= compactRows) {
            compact();
        }
    }

    /** Writes the plans in one transaction: all of them or, rolled back, none. */
    private void commit(List<WritePlan> plans) throws SQLException {
        try (Statement st = writer.createStatement()) {
            st.execute("BEGIN TRANSACTION");
            try {
                for (WritePlan plan : plans) {
                    SampleWriter.write(writer, plan, hook);
                }
                st.execute("COMMIT");
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    st.execute("ROLLBACK");
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback); // a failed COMMIT has already ended the transaction
                }
                throw e;
            }
        }
    }

    private void publish(WritePlan plan, long samples) {
        for (SeriesKey key : plan.newKeys) {
            index.intern(key);
        }
        for (int i = 0; i < plan.series.length; i++) {
            long[] ts = plan.series[i].timestampsMs();
            bounds.include(plan.ids[i], ts[0], ts[ts.length - 1]);
        }
        sampleCount.addAndGet(samples);
    }

    /**
     * Sorts the recent samples into the compacted table. The batch that triggered it is already
     * committed, so a failure here loses nothing and does not fail the append; the next append retries.
     */
    private void compact() {
        try {
            Compaction.run(writer);
            recentRows = 0;
        } catch (SQLException | RuntimeException e) {
            // the rows stay in samples_recent, where reads find them; only reads get slower
        }
    }

    @Override
    public SeriesSamples read(SeriesKey key, long fromMs, long toMs) {
        int id = index.find(key);
        if (id == SeriesIndex.ABSENT || fromMs >= toMs || !bounds.mayHave(id, fromMs, toMs)) {
            return new SeriesSamples(key, new long[0], new double[0]);
        }
        lifecycle.readLock().lock();
        try {
            checkOpen();
            return readers.use(reader -> RangeRead.run(reader, key, id, fromMs, toMs));
        } catch (SQLException e) {
            throw new StoreException("reading " + key + " failed: " + e.getMessage(), e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    /** As {@link #read}, one query for all the keys when there are many (see {@link BulkRead}). */
    @Override
    public List<SeriesSamples> readAll(List<SeriesKey> keys, long fromMs, long toMs) {
        if (keys.size() < BULK_READ_MIN_SERIES || fromMs >= toMs) {
            return MetricStore.super.readAll(keys, fromMs, toMs);
        }
        int[] ids = new int[keys.size()];
        for (int i = 0; i < ids.length; i++) {
            int id = index.find(keys.get(i));
            ids[i] = id != SeriesIndex.ABSENT && bounds.mayHave(id, fromMs, toMs) ? id : -1;
        }
        lifecycle.readLock().lock();
        try {
            checkOpen();
            return readers.use(reader -> BulkRead.run(reader, keys, ids, fromMs, toMs));
        } catch (SQLException e) {
            throw new StoreException("reading " + keys.size() + " series failed: " + e.getMessage(), e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @Override
    public List<SeriesKey> listSeries(List<LabelMatcher> matchers) {
        SeriesFilter filter = new SeriesFilter(matchers);
        int size = index.size();
        List<Listed> matched = new ArrayList<>();
        for (int id = 0; id < size; id++) {
            SeriesKey key = index.key(id);
            if (filter.matches(key)) {
                matched.add(new Listed(key.toString(), key));
            }
        }
        matched.sort(Comparator.comparing(Listed::text)); // the order of SeriesKey.compareTo, text computed once
        List<SeriesKey> result = new ArrayList<>(matched.size());
        for (Listed l : matched) {
            result.add(l.key());
        }
        return result;
    }

    /**
     * A new connection to this store's database, for tables of other modules kept in the same file
     * (incidents, change events): {@code duplicate()} of the root connection, so it shares the open
     * database instead of opening the file again. The caller owns it, must not touch the store's own
     * tables through it, and closes it before closing the store.
     */
    public Connection newConnection() {
        lifecycle.readLock().lock();
        try {
            checkOpen();
            return root.duplicate();
        } catch (SQLException e) {
            throw new StoreException("cannot open another connection to the store: " + e.getMessage(), e);
        } finally {
            lifecycle.readLock().unlock();
        }
    }

    @Override
    public long sampleCount() {
        return sampleCount.get();
    }

    /** Closes the connections after in-flight calls finish; DuckDB checkpoints the log into the file. */
    @Override
    public void close() {
        lifecycle.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            readers.close();
            StoreException failure = new StoreException("closing the store failed");
            closeQuietly(writer, failure);
            closeQuietly(root, failure);
            if (failure.getSuppressed().length > 0) {
                throw failure;
            }
        } finally {
            lifecycle.writeLock().unlock();
        }
    }

    private record Listed(String text, SeriesKey key) {
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the metric store is closed");
        }
    }

    private static void closeQuietly(DuckDBConnection connection, Exception failure) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }
}
