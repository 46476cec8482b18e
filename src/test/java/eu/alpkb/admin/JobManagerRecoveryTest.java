package eu.alpkb.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobManagerRecoveryTest {
    @TempDir
    Path tmp;

    @Test
    void a_job_history_written_before_jobs_had_a_queue_is_read_back() throws Exception {
        Files.writeString(tmp.resolve("jobs.json"), """
                {"jobs":[{"id":"j1","state":"succeeded","mode":"full","source":null,"processed":12,"total":12,
                "failed":0,"startedAt":"2026-01-01T10:00:00Z","finishedAt":"2026-01-01T10:01:00Z","message":"ok"}]}
                """);
        Job j = new JobManager(null, tmp).get("j1").orElseThrow();
        assertThat(j.processed()).isEqualTo(12);
        assertThat(j.state()).isEqualTo(Job.SUCCEEDED);
    }

    @Test
    void a_running_crawl_with_its_queue_is_failed_by_a_restart_and_keeps_its_counts() throws Exception {
        Files.writeString(tmp.resolve("jobs.json"), """
                {"jobs":[{"id":"j2","state":"running","mode":"full","source":"site","processed":40,"total":-1,
                "failed":2,"startedAt":"2026-01-01T10:00:00Z","finishedAt":null,"message":null,"queued":17}]}
                """);
        Job j = new JobManager(null, tmp).get("j2").orElseThrow();
        assertThat(j.state()).isEqualTo(Job.FAILED);
        assertThat(j.processed()).isEqualTo(40);
        assertThat(j.message()).contains("restart");
        Job reread = new JobManager(null, tmp).get("j2").orElseThrow();
        assertThat(reread).isEqualTo(j);
    }
}
