// The key a place name is looked up by: folded, punctuation-free, single-spaced.
#pragma once

#include <string>
#include <string_view>

namespace vigie {

// Appends the key of `text` to `out`: accent-folded lower case (FoldKey), with every ASCII
// character that is not a letter or digit (hyphen, apostrophe, dot, comma, brackets) read
// as a space, runs of spaces collapsed and none at either end of what is appended.
// "Fada N'Gourma" → "fada n gourma", "Tillabéri" → "tillaberi", "St. Louis" → "st louis".
// Gazetteer names and text spans go through this one function, so they meet on equal
// terms. REQUIRES: valid UTF-8.
void AppendPlaceKey(std::string_view text, std::string& out);

// The same key from FoldKey(text) (TokenWords::Word gives it for every word of a text):
// AppendPlaceKeyOfFolded(FoldKey(t), out) appends what AppendPlaceKey(t, out) does, without
// folding again.
void AppendPlaceKeyOfFolded(std::string_view folded, std::string& out);

// True when `folded` holds only letters, digits and non-ASCII bytes (most words of a text),
// or nothing: then it is its own key, which AppendPlaceKeyOfFolded would append unchanged.
// False says nothing ("fada n gourma" is its own key too).
bool IsPlaceKeyOfItself(std::string_view folded);

inline std::string PlaceKey(std::string_view text) {
  std::string key;
  AppendPlaceKey(text, key);
  return key;
}

// The number of words (space-separated parts) of a key.
int PlaceKeyWordCount(std::string_view key);

}  // namespace vigie
