"""A crowded customer list where a careless search would pick the wrong person (fixtures)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from dusangire_desktop.models.corporate import CorporateEmployee, CorporatePartner
from dusangire_desktop.services import customers
from dusangire_desktop.services.customers import CustomerInput, CustomerKind

# Their phones are +250788000100 ... +250788000124: every one contains "0001".
STRANGERS = [
    "Aimable Bizimana", "Alice Mukeshimana", "Angelique Uwamahoro", "Bosco Habyarimana",
    "Claudine Nyiransabimana", "Clementine Mukamurenzi", "Damascene Ndayisaba",
    "Didier Hakizimana", "Emmanuel Nsengiyumva", "Esperance Uwimana", "Fabrice Niyonzima",
    "Gaudence Mukandori", "Gilbert Ntawukuriryayo", "Honorine Uwera", "Innocent Mugabo",
    "Jacqueline Mukantwari", "Jean Bosco Nkurunziza", "Josiane Ingabire", "Laurent Twagirayezu",
    "Marie Claire Uwase", "Olivier Rukundo", "Pacifique Iradukunda", "Patrick Niyitegeka",
    "Solange Nyirahabimana", "Theogene Habimana",
]  # fmt: skip


@dataclass
class Crowd:
    bed_1: int  # Yvonne Ingabire, Maternity bed 1, C-000001
    bed_12: int  # Yves Ishimwe, Maternity bed 12, C-000002
    number_3: int  # Zacharie Munyaneza, C-000003
    employee: int  # Zawadi Uwimana, employee BOK-0001 of Bank of Kigali
    emerithe: int  # ÉMERITHE Mukandayisenga
    aaron: int  # Aaron Mugisha, +250737880001: holds "7880001" in the middle of his number


@pytest.fixture
def crowd(uow_factory, admin) -> Crowd:
    def register(name, kind=CustomerKind.VISITOR, **extra):
        return customers.create_customer(
            uow_factory(), admin, CustomerInput(kind, name, **extra)
        ).id

    bed_1 = register("Yvonne Ingabire", CustomerKind.PATIENT, ward="Maternity", bed="1")
    bed_12 = register("Yves Ishimwe", CustomerKind.PATIENT, ward="Maternity", bed="12")
    number_3 = register("Zacharie Munyaneza", phone="0783 333 333")
    employee = register("Zawadi Uwimana", CustomerKind.STAFF, phone="0722 123 987")
    emerithe = register("ÉMERITHE Mukandayisenga", phone="0739 555 111")
    aaron = register("Aaron Mugisha", phone="0737 880 001")
    for n, name in enumerate(STRANGERS):
        register(name, phone=f"+2507880001{n:02d}")
    with uow_factory() as uow:
        partner = CorporatePartner(name="Bank of Kigali")
        uow.session.add(partner)
        uow.session.flush()
        uow.session.add(
            CorporateEmployee(
                partner_id=partner.id, customer_id=employee, employee_number="BOK-0001"
            )
        )
        uow.commit()
    return Crowd(bed_1, bed_12, number_3, employee, emerithe, aaron)
