"""docker-compose.yml, Dockerfile and .env.example: the full stack users start with
`docker compose up`. No Docker engine runs here, so the files are read: the Compose
schema (from ../shared), the services, their order, health checks, ports and variables."""

from __future__ import annotations

import json
import re
from importlib import metadata
from pathlib import Path

import jsonschema
import pytest
import yaml
from helpers import shared_path

ROOT = Path(__file__).resolve().parents[1]
COMPOSE_TEXT = (ROOT / "docker-compose.yml").read_text("utf-8")
COMPOSE = yaml.safe_load(COMPOSE_TEXT)
SERVICES = COMPOSE["services"]

LONG_RUNNING = {
    "postgres", "elasticsearch", "kibana",
    "airflow-api-server", "airflow-scheduler", "airflow-dag-processor", "airflow-triggerer",
    "newsmon-watch",  # in the "watch" profile: for users without Airflow
}  # fmt: skip
ONE_SHOT = {"elasticsearch-setup", "newsmon-init", "kibana-setup", "airflow-init"}
AIRFLOW = {"airflow-init", "airflow-api-server", "airflow-scheduler", "airflow-dag-processor", "airflow-triggerer"}


def command_of(service: str) -> str:
    spec = SERVICES[service]
    command = spec.get("command") or []
    return " ".join([*(spec.get("entrypoint") or []), *([command] if isinstance(command, str) else command)])


def env_example() -> dict[str, str]:
    lines = (ROOT / ".env.example").read_text("utf-8").splitlines()
    return dict(line.split("=", 1) for line in lines if line.strip() and not line.startswith("#"))


@pytest.mark.shared
def test_the_file_follows_the_compose_specification():
    schema = json.loads(shared_path("compose-spec.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft7Validator(schema)  # what its "$schema" names, spelt without the "#"
    errors = sorted(validator.iter_errors(COMPOSE), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors)


def test_the_stack_has_its_services_and_no_others():
    assert set(SERVICES) == LONG_RUNNING | ONE_SHOT


def test_elasticsearch_is_one_secured_node_of_the_client_major_version():
    client_major = metadata.version("elasticsearch").split(".")[0]
    image = SERVICES["elasticsearch"]["image"]
    assert image.startswith("docker.elastic.co/elasticsearch/elasticsearch:${STACK_VERSION:-")
    default = re.search(r"\$\{STACK_VERSION:-([\d.]+)\}", image).group(1)
    assert default.split(".")[0] == env_example()["STACK_VERSION"].split(".")[0] == client_major
    env = SERVICES["elasticsearch"]["environment"]
    assert env["discovery.type"] == "single-node"
    assert env["xpack.security.enabled"] == "true"
    assert env["ELASTIC_PASSWORD"].startswith("${ELASTIC_PASSWORD")


def test_kibana_matches_elasticsearch_and_logs_in_as_kibana_system():
    assert SERVICES["kibana"]["image"].startswith("docker.elastic.co/kibana/kibana:${STACK_VERSION:-")
    assert SERVICES["kibana"]["image"].split(":", 1)[1] == SERVICES["elasticsearch"]["image"].split(":", 1)[1]
    env = SERVICES["kibana"]["environment"]
    assert env["ELASTICSEARCH_USERNAME"] == "kibana_system"
    assert env["ELASTICSEARCH_PASSWORD"].startswith("${KIBANA_PASSWORD")
    assert "_security/user/kibana_system/_password" in command_of("elasticsearch-setup")


def test_airflow_runs_from_this_repository_image_with_each_component():
    # built once, by one service; the others run that image and never pull it
    assert [name for name, service in SERVICES.items() if "build" in service] == ["newsmon-init"]
    for name in AIRFLOW | {"newsmon-init"}:
        assert SERVICES[name]["image"] == "newsmon-airflow", name
    for name in AIRFLOW:
        assert SERVICES[name]["pull_policy"] == "never", name
    assert {name: SERVICES[name].get("command") for name in AIRFLOW - {"airflow-init"}} == {
        "airflow-api-server": "api-server", "airflow-scheduler": "scheduler",
        "airflow-dag-processor": "dag-processor", "airflow-triggerer": "triggerer",
    }  # fmt: skip
    database = SERVICES["airflow-scheduler"]["environment"]["AIRFLOW__DATABASE__SQL_ALCHEMY_CONN"]
    assert database.startswith("postgresql+psycopg2://") and "@postgres/" in database


def test_the_image_is_airflow_of_the_locked_version_with_the_project_installed():
    dockerfile = (ROOT / "Dockerfile").read_text("utf-8")
    locked = re.search(r"^apache-airflow==([\d.]+)$", (ROOT / "requirements.lock").read_text(), re.M).group(1)
    assert re.search(rf"^FROM apache/airflow:{re.escape(locked)}-python3\.11$", dockerfile, re.M)
    assert "pip install --no-cache-dir -r /opt/newsmon/requirements-runtime.lock" in dockerfile
    for line in re.findall(r"^COPY .*$", dockerfile, re.M):
        for source in line.split()[2:-1]:  # COPY --chown=... SOURCES... DESTINATION
            assert (ROOT / source).exists(), f"Dockerfile copies {source}, which is not in the repository"


def test_one_shot_services_initialise_airflow_the_store_and_kibana():
    airflow_init = command_of("airflow-init")
    assert "airflow db migrate" in airflow_init
    assert "airflow connections add newsmon_store --conn-type elasticsearch" in airflow_init
    assert command_of("newsmon-init") == "newsmon store init"
    assert SERVICES["newsmon-init"]["environment"]["NEWSMON_STORE_URL"] == "http://elasticsearch:9200"
    assert "./kibana:/kibana:ro" in SERVICES["kibana-setup"]["volumes"]
    assert "/api/saved_objects/_import?overwrite=true" in command_of("kibana-setup")
    for name in ONE_SHOT:
        assert SERVICES[name].get("restart", "no") == "no", name


def test_long_running_services_have_health_checks_and_restart():
    for name in LONG_RUNNING:
        assert SERVICES[name]["healthcheck"]["test"], name
        assert SERVICES[name]["restart"] == "unless-stopped", name


def test_services_wait_for_what_they_need_to_be_healthy_or_done():
    for name, spec in SERVICES.items():
        for needed, condition in (spec.get("depends_on") or {}).items():
            condition = condition["condition"]
            if needed in ONE_SHOT:
                assert condition == "service_completed_successfully", (name, needed)
            else:
                assert condition == "service_healthy", (name, needed)
                assert "healthcheck" in SERVICES[needed], needed
    order = {
        "elasticsearch-setup": "elasticsearch", "newsmon-init": "elasticsearch", "kibana": "elasticsearch-setup",
        "kibana-setup": "kibana", "airflow-init": "postgres", "airflow-api-server": "airflow-init",
        "airflow-scheduler": "newsmon-init", "airflow-dag-processor": "airflow-init",
        "airflow-triggerer": "airflow-init",
    }  # fmt: skip
    for name, needed in order.items():
        assert needed in SERVICES[name]["depends_on"], (name, needed)


def test_only_the_user_facing_ports_are_published_and_on_loopback_only():
    published = {name: spec["ports"] for name, spec in SERVICES.items() if spec.get("ports")}
    assert published == {
        "elasticsearch": ["127.0.0.1:${ES_PORT:-9200}:9200"],
        "kibana": ["127.0.0.1:${KIBANA_PORT:-5601}:5601"],
        "airflow-api-server": ["127.0.0.1:${AIRFLOW_PORT:-8080}:8080"],
        "newsmon-watch": ["127.0.0.1:${METRICS_PORT:-9464}:9464"],  # its /metrics
    }


def test_every_variable_is_documented_in_env_example_and_every_documented_one_used():
    used = set(re.findall(r"(?<!\$)\$\{([A-Z_][A-Z0-9_]*)", COMPOSE_TEXT))
    assert used == set(env_example())


def test_the_image_installs_the_runtime_lock_the_versions_tested_without_the_test_tools():
    def pins(name: str) -> dict[str, str]:
        return dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)$", (ROOT / name).read_text("utf-8"), re.M))

    runtime, tested = pins("requirements-runtime.lock"), pins("requirements.lock")
    assert runtime and all(tested.get(name) == version for name, version in runtime.items())
    assert not {"pytest", "noida-db", "hypothesis", "uv"} & set(runtime)
    assert "apache-airflow" in runtime and "elasticsearch" in runtime


def test_the_elasticsearch_server_is_at_least_as_new_as_the_client():
    client = re.search(r"^elasticsearch==(\d+)\.(\d+)", (ROOT / "requirements.lock").read_text(), re.M)
    server = re.search(r"\$\{STACK_VERSION:-(\d+)\.(\d+)", SERVICES["elasticsearch"]["image"])
    assert (int(server[1]), int(server[2])) >= (int(client[1]), int(client[2]))


def test_users_without_airflow_can_run_newsmon_watch_from_the_same_image():
    watch = SERVICES["newsmon-watch"]
    assert command_of("newsmon-watch") == "newsmon watch"
    assert (watch["image"], watch["pull_policy"], watch["profiles"]) == ("newsmon-airflow", "never", ["watch"])
    assert watch["depends_on"]["newsmon-init"]["condition"] == "service_completed_successfully"
    # its /metrics listens inside the container on the port published
    assert watch["environment"]["NEWSMON_METRICS_PORT"] == "9464" and watch["environment"]["NEWSMON_METRICS_HOST"] == "0.0.0.0"
