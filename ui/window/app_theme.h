#pragma once

namespace wirestep {

// The application's look (docs/ui-design.md "Colour"): the platform's own, or the Fusion style with
// a dark palette. The diagram draws its own dark colours (SequenceDiagram::setDarkTheme).
class AppTheme {
public:
    // Switches the whole application; switching back restores the style and palette it had.
    static void apply(bool dark);
    static bool isDark();
};

} // namespace wirestep
