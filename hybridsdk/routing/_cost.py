"""The cost of one cloud call, configured once.

A client charges its `CostBudget`, reports `result.cost` and feeds the budget rule from
one number. When that number was given to a budget rule instead (`default_rules(
cost_per_call=...)`), the client takes it from there; given in both places, it must agree.
"""

from __future__ import annotations

from hybridsdk._exceptions import ConfigurationError
from hybridsdk.routing._policy import AllRules, AnyRule, BudgetRule, RuleLike, as_rule

__all__ = ["cloud_cost_of"]


def _rule_costs(rules: RuleLike | None) -> set[float]:
    if rules is None:
        return set()
    rule = as_rule(rules)
    if isinstance(rule, AnyRule | AllRules):
        return set().union(*(_rule_costs(r) for r in rule.rules))
    if isinstance(rule, BudgetRule) and rule.cost_per_call is not None:
        return {rule.cost_per_call}
    return set()


def cloud_cost_of(cloud_cost: float | None, rules: RuleLike | None) -> float | None:
    """The one cost of a cloud call: `cloud_cost`, else the budget rules' `cost_per_call`.

    Args:
        cloud_cost: what the client was given (`Client(cloud_cost=...)`), or None.
        rules: the policy's rules.

    Raises:
        ConfigurationError: the cost is set twice with different values.
    """
    from_rules = _rule_costs(rules)
    if len(from_rules) > 1:
        raise ConfigurationError(
            f"budget rules disagree on the cost of a cloud call: {sorted(from_rules)}; "
            "set it once, as Client(cloud_cost=...)"
        )
    rule_cost = next(iter(from_rules), None)
    if cloud_cost is None:
        return rule_cost
    if rule_cost is not None and rule_cost != cloud_cost:
        raise ConfigurationError(
            f"the cost of a cloud call is set twice: cloud_cost={cloud_cost} and "
            f"BudgetRule(cost_per_call={rule_cost}); set it once, as Client(cloud_cost=...)"
        )
    return cloud_cost
