package io.faultline.api.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.rca.IncidentStatus;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** De-duplication, the bounded queue and the counters, with an in-memory transport. */
class NotificationDispatcherTest {
    private static final RetryPolicy ONE_TRY = new RetryPolicy(1, 1, 1);
    private final BlockingQueue<HttpRequest> sent = new LinkedBlockingQueue<>();

    private static Notifier slack() {
        return new SlackNotifier("slack", "http://127.0.0.1:9/hook", Duration.ofSeconds(1));
    }

    private static IncidentNotification n(String id, IncidentStatus state) {
        return FiringAlertsTest.notification(id, state, id + " " + state);
    }

    @Test
    void theSameStateOfAnIncidentIsSentOnce() throws Exception {
        try (NotificationDispatcher d = new NotificationDispatcher(List.of(slack()),
                r -> { sent.add(r); return new Transport.Answer(200, Optional.empty()); },
                ONE_TRY, ms -> { }, Clock.systemUTC(), 10)) {
            assertTrue(d.publish(n("inc-1", IncidentStatus.OPEN)));
            assertFalse(d.publish(n("inc-1", IncidentStatus.OPEN)));
            assertTrue(d.publish(n("inc-1", IncidentStatus.ACKNOWLEDGED)));
            assertTrue(d.publish(n("inc-2", IncidentStatus.OPEN)));
            assertTrue(d.publish(n("inc-1", IncidentStatus.RESOLVED)));
            assertFalse(d.publish(n("inc-1", IncidentStatus.RESOLVED)));
            for (int i = 0; i < 4; i++) {
                assertTrue(sent.poll(5, TimeUnit.SECONDS) != null, "request " + i);
            }
            assertNull(sent.poll(200, TimeUnit.MILLISECONDS));
            NotificationDispatcher.Stats stats = d.stats();
            assertEquals(4, stats.published());
            assertEquals(2, stats.deduplicated());
            assertEquals(List.of(new NotifierStats("slack", "slack", 4, 0, 0, 0, 0)), stats.notifiers());
        }
    }

    @Test
    void aSlowReceiverFillsTheQueueAndFurtherNotificationsAreDroppedNotWaitedFor() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        try (NotificationDispatcher d = new NotificationDispatcher(List.of(slack()), r -> {
            entered.countDown();
            release.await();
            return new Transport.Answer(503, Optional.empty());
        }, ONE_TRY, ms -> { }, Clock.systemUTC(), 2)) {
            d.publish(n("inc-1", IncidentStatus.OPEN));
            assertTrue(entered.await(5, TimeUnit.SECONDS));
            for (int i = 2; i <= 5; i++) {
                assertTrue(d.publish(n("inc-" + i, IncidentStatus.OPEN))); // never blocks
            }
            assertEquals(new NotifierStats("slack", "slack", 0, 0, 0, 2, 2), d.stats().notifiers().get(0));
            release.countDown();
        }
    }

    @Test
    void alertmanagerTargetsHearFiringIncidentsAgainWithTheirLatestContentUntilResolved() throws Exception {
        Notifier am = new AlertmanagerNotifier("am", "http://127.0.0.1:9", 50, Duration.ofSeconds(1));
        BlockingQueue<IncidentNotification> told = new LinkedBlockingQueue<>();
        Notifier recording = new Notifier() {
            public String name() { return am.name(); }
            public String type() { return am.type(); }
            public long resendIntervalMs() { return am.resendIntervalMs(); }
            public Optional<HttpRequest> request(IncidentNotification n) {
                told.add(n);
                return am.request(n);
            }
        };
        try (NotificationDispatcher d = new NotificationDispatcher(List.of(recording),
                r -> new Transport.Answer(200, Optional.empty()), ONE_TRY, ms -> { }, Clock.systemUTC(), 10)) {
            IncidentNotification first = n("inc-1", IncidentStatus.OPEN);
            d.publish(first);
            assertEquals(first, told.poll(5, TimeUnit.SECONDS));
            assertEquals(first, told.poll(5, TimeUnit.SECONDS), "re-sent while firing");
            IncidentNotification newer = FiringAlertsTest.notification("inc-1", IncidentStatus.OPEN, "rediagnosed");
            assertFalse(d.publish(newer));
            IncidentNotification next;
            do {
                next = told.poll(5, TimeUnit.SECONDS);
            } while (next != null && next.equals(first));
            assertEquals(newer, next, "a re-send carries the latest content");
            d.publish(n("inc-1", IncidentStatus.RESOLVED));
            do {
                next = told.poll(5, TimeUnit.SECONDS);
            } while (next != null && next.firing());
            assertEquals(IncidentStatus.RESOLVED, next.state());
            assertNull(told.poll(300, TimeUnit.MILLISECONDS), "no re-send once resolved");
        }
    }
}
