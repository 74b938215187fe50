using CaseLibrary.Content;
using CaseLibrary.Diagnostics;

namespace CaseLibrary.Model;

/// <summary>
/// What a library asks of a published case beyond the content contract's types, when its library.yaml sets
/// <c>minimum_words</c>: a case teaches (objectives), invites discussion (questions) and tells a story long enough
/// to discuss. Checked on the original of every case that is not a draft, as warnings a contributor can act on
/// (a draft is work in progress). Editorial rules live here, not in tests of the real library's content.
/// </summary>
public static class EditorialRules
{
    public static void Check(CaseDocument original, int? minimumWords, DiagnosticBag diagnostics)
    {
        if (minimumWords is not { } minimum || original.Draft) return;
        var at = SourceLocation.StartOf(original.SourcePath);
        const string objectives = "two to four things a reader will be able to do after studying it";
        const string questions = "two to four open questions for a group";
        if (original.LearningObjectives.Count == 0)
            diagnostics.Warning("CL0160", original.LearningObjectivesKey is not null
                ? $"'learning_objectives' has no item: write {objectives}, each on its own line under it, starting with '  - '"
                : $"this case has no learning objectives: add 'learning_objectives:' to the front matter with {objectives}", original.LearningObjectivesKey ?? at);
        if (original.DiscussionQuestions.Count == 0)
            diagnostics.Warning("CL0161", original.DiscussionQuestionsKey is not null
                ? $"'discussion_questions' has no item: write {questions}, each on its own line under it, starting with '  - '"
                : $"this case has no discussion questions: add 'discussion_questions:' to the front matter with {questions}", original.DiscussionQuestionsKey ?? at);
        if (original.Body.WordCount < minimum)
            diagnostics.Warning("CL0162", $"the text of this case has {original.Body.WordCount} words; this library asks for at least {minimum} (the context, what happened and the outcome) to be discussed", at);
    }
}
