// Merges the event frames of one document into incidents: a claim, a toll and the attack
// they tell of are one incident; a separate lynching, abduction or protest is another.
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "coding/event_frame.h"
#include "coding/frame_classes.h"
#include "coding/record_builder.h"

namespace vigie {

// A toll whose sentence has no trigger of its own ("Le bilan est de 12 morts").
struct LooseToll {
  uint32_t sentence = 0;
  Casualties toll;
};

// A claim of responsibility ("revendiqué par le JNIM") and the actor who made it.
struct Claim {
  uint32_t sentence = 0;
  ActorMention actor;
};

// Where one of the document's resolved places lies (EventFrame::place indexes these).
struct PlaceLocation {
  int32_t place = -1;  // gazetteer index: two mentions of one place share it
  double latitude = 0;
  double longitude = 0;
  bool country = false;           // a whole country ("in Nigeria"), not a point in it
  std::string_view country_code;  // ISO alpha-2 of the country the place lies in
  int32_t unit = -1;              // a whole first- or second-level unit ("Yobe state"): its gazetteer index
  int32_t admin1 = -1;            // the first- and second-level units the place lies in (gazetteer indexes)
  int32_t admin2 = -1;
};

// Whether a frame tells of a crowd: a demonstration, its dispersal, a riot or a mob.
bool IsCrowd(const EventFrame& f);

// Groups `frames` (in document order) into incidents and returns one EventParts per
// incident, in the order of each incident's first frame. Frames of one incident share a
// family (or one is the harm or outcome of the other: `classes`, data/lexicon/
// frame_classes.tsv), lie within 100 km and within a day (but crowds, or incidents each with
// its own place, told on two named days are two); the highest-ranked frame names it.
// First gives each loose toll to the violent frame of its sentence or the two before (else
// of the next sentence); then each claim to the nearest incident within three sentences,
// as the doer of its frames that name none. So it edits `frames`: the result points into
// them, and they must outlive it unchanged. Left unset for the caller: document-level
// defaults (place, date, the report's main group). Cost: quadratic in the frames.
std::vector<EventParts> MergeFrames(std::vector<EventFrame>& frames, std::span<const LooseToll> loose_tolls,
                                    std::span<const Claim> claims, std::span<const PlaceLocation> places,
                                    const FrameClasses& classes);

}  // namespace vigie
