/// The listings of a site's units, however deep, as its search page and feed read them.
extension LoadedPortal {
    /// Every unit below the site with a listing, parents before their units, each searched as
    /// one with the unit of this site it lies in (`UnitListing.scopeID`).
    var unitListings: [UnitListing] {
        units.flatMap { unit in
            ([unit] + unit.portal.allUnits).compactMap(\.portal.listing).map { listing in
                var listing = listing
                listing.scopeID = unit.id
                return listing
            }
        }
    }
}
