"""The one table of who may do what (``kiosk.domain.workflow.roles``)."""

import pytest

from kiosk.domain.workflow import Actor, Capability, Role, may, roles_that_may


@pytest.mark.parametrize(
    ("role", "allowed"),
    [
        (Role.CLERK, {Capability.SCAN}),
        (Role.VERIFIER, {Capability.ENTER}),
        (Role.COORDINATOR, {Capability.SCAN, Capability.ENTER, Capability.COORDINATE}),
    ],
)
def test_each_role_may_exactly_its_capabilities(role, allowed):
    assert {c for c in Capability if may(role, c)} == allowed
    assert {c for c in Capability if may(role.value, c)} == allowed  # the stored name works alike
    actor = Actor("someone", role)
    assert (actor.can_scan, actor.can_enter, actor.can_coordinate) == (
        Capability.SCAN in allowed,
        Capability.ENTER in allowed,
        Capability.COORDINATE in allowed,
    )


def test_an_unknown_role_may_nothing():
    assert not any(may("scanner", c) for c in Capability)
    assert not any(may("", c) for c in Capability)


def test_roles_that_may_follow_the_table_in_role_order():
    assert roles_that_may(Capability.SCAN) == (Role.CLERK, Role.COORDINATOR)
    assert roles_that_may(Capability.ENTER) == (Role.VERIFIER, Role.COORDINATOR)
    assert roles_that_may(Capability.COORDINATE) == (Role.COORDINATOR,)
