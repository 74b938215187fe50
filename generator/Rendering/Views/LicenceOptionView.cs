namespace CaseLibrary.Rendering.Views;

/// <summary>A licence in the cases list's filter: its SPDX id, short name and how many cases use it.</summary>
public sealed record LicenceOptionView(string Id, string Name, int Count, string CountText);
