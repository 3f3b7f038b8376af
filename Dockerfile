# The Airflow image of the full stack (docker-compose.yml): Apache Airflow 3.3.2 with
# newsmon installed from the committed lock, and its DAGs and plugins baked in.
FROM apache/airflow:3.3.2-python3.11

# The runtime lock (no test or benchmark tools) pins apache-airflow==3.3.2 too, so installing
# it never changes Airflow's version.
COPY --chown=airflow:root requirements-runtime.lock /opt/newsmon/requirements-runtime.lock
RUN pip install --no-cache-dir -r /opt/newsmon/requirements-runtime.lock

COPY --chown=airflow:root pyproject.toml README.md /opt/newsmon/
COPY --chown=airflow:root pipeline /opt/newsmon/pipeline
RUN pip install --no-cache-dir --no-deps /opt/newsmon

COPY --chown=airflow:root dags /opt/airflow/dags
COPY --chown=airflow:root plugins /opt/airflow/plugins

# Mount points of named volumes: created here so that the volumes belong to `airflow`.
RUN mkdir -p /opt/airflow/config /opt/airflow/data
