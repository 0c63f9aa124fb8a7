//! Fasce di utenza: who an intervention is for.

use super::vocabulary::vocabulary;

vocabulary! {
    /// A target group (*fascia di utenza*).
    pub enum Target {
        Minori = "minori",
        Famiglie = "famiglie",
        Giovani = "giovani",
        Adulti = "adulti",
        Anziani = "anziani",
        AnzianiNonAutosufficienti = "anziani-non-autosufficienti",
        Disabili = "disabili",
        /// Persons with *disabilità gravissima* (DM 26/9/2016, art. 3), the FNA's earmark.
        DisabilitaGravissima = "disabilita-gravissima",
        Poverta = "poverta",
        SenzaDimora = "senza-dimora",
        DonneVittimeViolenza = "donne-vittime-violenza",
        Immigrati = "immigrati",
        Dipendenze = "dipendenze",
        /// Everyone; it counts toward no earmark.
        Comunita = "comunita",
    }
}
