-- What the refresh after the loads (the job refresh_downstream) has not taken in yet, for
-- `jixiao build` to decide whether it can skip that run when it loaded nothing: changes logged
-- after the oldest refresh mark (every consumer prunes only what all of them took in), whether
-- any refresh mark exists at all, and the files the last build listed as gone.
SELECT
    (
        SELECT count(*) FROM pipeline.change_log
        WHERE seq > (SELECT coalesce(min(seq), -1) FROM pipeline.refresh_marks)
    ) AS changes,
    (SELECT count(*) FROM pipeline.refresh_marks) AS marks,
    (SELECT count(*) FROM gone_files) AS gone;
