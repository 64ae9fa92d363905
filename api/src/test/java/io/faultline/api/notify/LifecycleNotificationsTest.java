package io.faultline.api.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.faultline.api.recovery.Escalation;
import io.faultline.ingest.SeriesKey;
import io.faultline.rca.Anomaly;
import io.faultline.rca.Direction;
import io.faultline.rca.FaultKind;
import io.faultline.rca.IncidentStatus;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RecoveryKind;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.SignalKind;
import io.faultline.rca.incident.IncidentCorrelator;
import io.faultline.rca.incident.IncidentCorrelatorParams;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Notifications driven by the lifecycle's transitions, with a target that records what it is asked to send. */
class LifecycleNotificationsTest {
    private final BlockingQueue<IncidentNotification> told = new LinkedBlockingQueue<>();
    private final Notifier recording = new Notifier() {
        public String name() {
            return "rec";
        }

        public String type() {
            return "webhook";
        }

        public Optional<HttpRequest> request(IncidentNotification n) {
            told.add(n);
            return Optional.empty();
        }
    };

    private static IncidentCorrelator correlator(int resolvedHistory) {
        return new IncidentCorrelator(ServiceGraph.ofComponents(List.of("cart")),
                new IncidentCorrelatorParams(60_000, 2, 1, 1, 180_000, 300_000, resolvedHistory));
    }

    private static Anomaly anomaly() {
        return new Anomaly(SeriesKey.of("memory_bytes", "service", "cart"), "cart", SignalKind.MEMORY, 1_000, 61_000, 8, Direction.UP);
    }

    private String next() throws InterruptedException {
        IncidentNotification n = told.poll(5, TimeUnit.SECONDS);
        return n == null ? null : n.stateName() + " " + n.faultKind() + (n.isEscalation() ? " " + n.summary() : "");
    }

    @Test
    void everyStepIsAnnouncedOnceInOrderAndAnOpeningWaitsForItsBatchsDiagnosis() throws Exception {
        IncidentCorrelator incidents = correlator(10);
        try (NotificationDispatcher d = new NotificationDispatcher(List.of(recording),
                r -> new Transport.Answer(200, Optional.empty()), new RetryPolicy(1, 1, 1), ms -> { }, Clock.systemUTC(), 10)) {
            LifecycleNotifications notifications = new LifecycleNotifications(incidents::find, d, "http://f");
            incidents.addListener(notifications);
            String id = incidents.accept(anomaly()).orElseThrow().id();
            incidents.attachDiagnosis(id, List.of(new RankedCause("cart", 1, FaultKind.MEMORY, List.of(), List.of())), List.of());
            assertNull(told.poll(100, TimeUnit.MILLISECONDS), "an automatic step waits for the end of its batch");
            notifications.afterBatch(incidents.active());
            assertEquals("open memory", next());

            incidents.transition(id, IncidentStatus.ACKNOWLEDGED, 61_000, "ana", "looking");
            assertEquals("acknowledged memory", next(), "a person's step goes out at once");
            incidents.attachDiagnosis(id, List.of(new RankedCause("cart", 2, FaultKind.CPU, List.of(), List.of())), List.of());
            notifications.afterBatch(incidents.active());
            notifications.escalated(new Escalation(id, "cart", RecoveryKind.RESTART, "simulator", "it did not clear",
                    false, 70_000));
            assertEquals("acknowledged cpu Recovery escalated: it did not clear [" + id + "]", next(),
                    "a new diagnosis is no announcement; an escalation is, in the current state");

            incidents.advanceTo(61_000 + 300_000);
            notifications.afterBatch(incidents.active());
            notifications.afterBatch(incidents.active());
            assertEquals("resolved cpu", next());
            assertNull(told.poll(200, TimeUnit.MILLISECONDS), "nothing twice");
            assertEquals(4, d.stats().published());
        }
    }

    @Test
    void anIncidentRestoredAfterARestartIsAnnouncedAgainOnce() throws Exception {
        IncidentCorrelator incidents = correlator(10);
        String id = incidents.accept(anomaly()).orElseThrow().id(); // before the notifier listens, as a restored one
        try (NotificationDispatcher d = new NotificationDispatcher(List.of(recording),
                r -> new Transport.Answer(200, Optional.empty()), new RetryPolicy(1, 1, 1), ms -> { }, Clock.systemUTC(), 10)) {
            LifecycleNotifications notifications = new LifecycleNotifications(incidents::find, d, "http://f");
            incidents.addListener(notifications);
            notifications.afterBatch(incidents.active());
            assertEquals("open unknown", next(), "so Alertmanager keeps being re-sent the firing incident");
            notifications.afterBatch(incidents.active());
            assertNull(told.poll(200, TimeUnit.MILLISECONDS), "nothing twice");
            assertEquals(id, incidents.active().get(0).id());
            assertEquals(1, d.stats().published());
        }
    }

    @Test
    void aResolutionGoesOutEvenWhenTheCorrelatorKeepsNoHistory() throws Exception {
        IncidentCorrelator incidents = correlator(0);
        try (NotificationDispatcher d = new NotificationDispatcher(List.of(recording),
                r -> new Transport.Answer(200, Optional.empty()), new RetryPolicy(1, 1, 1), ms -> { }, Clock.systemUTC(), 10)) {
            LifecycleNotifications notifications = new LifecycleNotifications(incidents::find, d, "http://f");
            incidents.addListener(notifications);
            incidents.accept(anomaly());
            incidents.advanceTo(500_000);
            notifications.afterBatch(incidents.active());
            assertEquals("open unknown", next());
            IncidentNotification resolved = told.poll(5, TimeUnit.SECONDS);
            assertEquals(IncidentStatus.RESOLVED, resolved.state());
            assertEquals(61_000 + 300_000, resolved.endsAtMs(), "stamped when the quiet time ran out, as the lifecycle has it");
        }
    }
}
