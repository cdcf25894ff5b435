using Orchestration.Governance.KillSwitch;

namespace Orchestration.Api.Governance;

/// <summary>Checks a kill switch request and names each bad field, for a 400 with problem details.</summary>
internal static class KillSwitchRequestRules
{
    public static Dictionary<string, string[]> Validate(KillSwitchRequest? request, string? actor, out KillSwitchScope scope)
    {
        scope = KillSwitchScope.Global;
        Dictionary<string, string[]> errors = new(StringComparer.Ordinal);
        if (request is null)
        {
            errors["body"] = ["A JSON body is required."];
            return errors;
        }

        if (request.Action is not ("engage" or "release"))
        {
            errors["action"] = ["Use 'engage' or 'release'."];
        }

        KillSwitchScope? parsed = request.Scope switch
        {
            "global" => KillSwitchScope.Global,
            "workflow" => KillSwitchScope.Workflow,
            "agent" => KillSwitchScope.Agent,
            _ => null,
        };
        if (parsed is null)
        {
            errors["scope"] = ["Use 'global', 'workflow' or 'agent'."];
        }
        else if (parsed != KillSwitchScope.Global && string.IsNullOrWhiteSpace(request.Target))
        {
            errors["target"] = ["A workflow or agent switch needs the workflow name or agent id."];
        }

        if (string.IsNullOrWhiteSpace(request.Reason))
        {
            errors["reason"] = ["Say why; the reason is recorded with the change."];
        }

        if (string.IsNullOrWhiteSpace(actor))
        {
            errors[GovernanceHandlers.ActorHeader] = ["Name who flips the switch in the x-actor header, or sign in."];
        }

        scope = parsed ?? KillSwitchScope.Global;
        return errors;
    }
}
