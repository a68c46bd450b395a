DELETE FROM gone_files;
