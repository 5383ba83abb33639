/// The listings of a site's units, however deep, as its search page and feed read them.
extension LoadedPortal {
    /// Every unit below the site with a listing, parents before their units, each searched as
    /// one with the unit of this site it lies in (`UnitListing.scopeID`).
    var unitListings: [UnitListing] {
        units.flatMap { unit in Self.listings(of: unit, scopeID: unit.id, place: []) }
    }

    /// The listings of `unit` and of its units however deep, parents first, each searched in
    /// `scopeID` and placed under the units above it (`UnitListing.place`, nearest first).
    private static func listings(of unit: LoadedUnit, scopeID: String, place: [String]) -> [UnitListing] {
        var own = unit.portal.listing
        own?.scopeID = scopeID
        own?.place = place
        let below = own.map { [$0.name] + place } ?? place
        return (own.map { [$0] } ?? []) + unit.portal.units.flatMap { listings(of: $0, scopeID: scopeID, place: below) }
    }
}
