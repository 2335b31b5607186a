"""The kiosk's terminal UI (Textual). It calls services only; every rule stays in the domain."""
