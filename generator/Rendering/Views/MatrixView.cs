namespace CaseLibrary.Rendering.Views;

/// <summary>The cases × competences table: one row per case, one column per competence (in framework order).</summary>
public sealed record MatrixView(IReadOnlyList<CompetenceView> Competences, IReadOnlyList<MatrixRowView> Rows);

public sealed record MatrixRowView(CaseCardView Case, IReadOnlyList<bool> Cells);
