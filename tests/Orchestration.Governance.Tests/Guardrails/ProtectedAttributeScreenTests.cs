using Orchestration.Governance.Guardrails;

namespace Orchestration.Governance.Tests.Guardrails;

public sealed class ProtectedAttributeScreenTests
{
    [Theory]
    [InlineData("Young and dynamic team player", "age")]
    [InlineData("Ideal for recent graduates", "age")]
    [InlineData("Digital natives preferred", "age")]
    [InlineData("Candidates under 35 only", "age")]
    [InlineData("Born after 1995", "age")]
    [InlineData("No boomers", "age")]
    [InlineData("Looking for a salesman", "sex or gender")]
    [InlineData("Female applicants preferred", "sex or gender")]
    [InlineData("Must be a native English speaker", "national origin")]
    [InlineData("Polish candidates only", "national origin")]
    [InlineData("Mother tongue German", "national origin")]
    [InlineData("Clean-shaven appearance required", "religion")]
    [InlineData("Regular churchgoer", "religion")]
    [InlineData("Must be able-bodied", "disability or health")]
    [InlineData("No family commitments", "pregnancy or family")]
    [InlineData("Not planning maternity leave", "pregnancy or family")]
    [InlineData("Childless applicants", "pregnancy or family")]
    [InlineData("Married candidates preferred", "marital status")]
    [InlineData("Single applicants need apply", "marital status")]
    [InlineData("Straight candidates", "sexual orientation")]
    [InlineData("White candidates", "race or ethnicity")]
    [InlineData("Caucasian complexion", "race or ethnicity")]
    [InlineData("Not transgender", "gender reassignment")]
    [InlineData("Yоung tеam", "age")]
    [InlineData("re\u200Bcent gra\u200Bduates", "age")]
    public void Screen_ProtectedAttributeOrSynonym_Fails(string text, string category)
    {
        GuardrailVerdict verdict = ProtectedAttributeScreen.Screen(text);

        Assert.Contains(verdict.Findings, finding => finding.StartsWith(category + ":", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Senior engineer with over 10 years of experience in C# and Azure")]
    [InlineData("Fluent English and German; experience with single sign-on and white papers")]
    [InlineData("Leads code reviews, mentors engineers, owns the black-box test suite")]
    [InlineData("Management of 5 direct reports; bachelor's degree in computer science")]
    [InlineData("Straightforward communicator; works with the EMEA sales team")]
    public void Screen_JobCriteriaOnSkills_Passes(string text)
    {
        GuardrailVerdict verdict = ProtectedAttributeScreen.Screen(text);

        Assert.True(verdict.Passed, string.Join("; ", verdict.Findings));
    }
}
