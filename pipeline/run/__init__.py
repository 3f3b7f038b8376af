"""Running the pipeline: the pure stages for one document, the process pool, and the two
runners (in one process, and step by step for Airflow) around the one commit step."""
