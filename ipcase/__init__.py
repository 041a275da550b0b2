"""ipcase core: Qt-free domain, persistence, services and queries."""
