<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_RW">
<context>
    <name></name>
    <message numerus="yes">
        <source>+ %n guest tray(s)</source>
        <translation>
            <numerusform>+ %n guest tray</numerusform>
            <numerusform>+ %n guest trays</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) · {missing} without an order · ⚠ = high-risk diet: call before the cut-off</source>
        <translation>
            <numerusform>%n patient · {missing} without an order · ⚠ = high-risk diet: call before the cut-off</numerusform>
            <numerusform>%n patients · {missing} without an order · ⚠ = high-risk diet: call before the cut-off</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BookingTab</name>
    <message numerus="yes">
        <source>%n guest(s) × {price}</source>
        <translation>
            <numerusform>%n guest × {price}</numerusform>
            <numerusform>%n guests × {price}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{addon}: %n × {price}</source>
        <translation>
            <numerusform>{addon}: %n × {price}</numerusform>
            <numerusform>{addon}: %n × {price}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message numerus="yes">
        <source>%n booked</source>
        <translation>
            <numerusform>%n booked</numerusform>
            <numerusform>%n booked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n free</source>
        <translation>
            <numerusform>%n free</numerusform>
            <numerusform>%n free</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seen or missed</source>
        <translation>
            <numerusform>%n seen or missed</numerusform>
            <numerusform>%n seen or missed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CorporatePage</name>
    <message numerus="yes">
        <source>{0}  (%n employee(s))</source>
        <translation>
            <numerusform>{0}  (%n employee)</numerusform>
            <numerusform>{0}  (%n employees)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmployeesTab</name>
    <message numerus="yes">
        <source>%n employee(s) imported from {0}.</source>
        <translation>
            <numerusform>%n employee imported from {0}.</numerusform>
            <numerusform>%n employees imported from {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiscalTab</name>
    <message numerus="yes">
        <source>%n receipt(s) waiting for the controller.</source>
        <translation>
            <numerusform>%n receipt waiting for the controller.</numerusform>
            <numerusform>%n receipts waiting for the controller.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) signed.</source>
        <translation>
            <numerusform>%n receipt signed.</numerusform>
            <numerusform>%n receipts signed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationsDashboard</name>
    <message numerus="yes">
        <source>{time} {package}, %n guest(s)</source>
        <translation>
            <numerusform>{time} {package}, %n guest</numerusform>
            <numerusform>{time} {package}, %n guests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoundTab</name>
    <message numerus="yes">
        <source> + %n guest(s)</source>
        <translation>
            <numerusform> + %n guest</numerusform>
            <numerusform> + %n guests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) · {missing} without an order</source>
        <translation>
            <numerusform>%n patient · {missing} without an order</numerusform>
            <numerusform>%n patients · {missing} without an order</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionsTab</name>
    <message numerus="yes">
        <source>%n period(s) charged.</source>
        <translation>
            <numerusform>%n period charged.</numerusform>
            <numerusform>%n periods charged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraysTab</name>
    <message numerus="yes">
        <source>%n dish(es) — {totals}</source>
        <translation>
            <numerusform>%n dish — {totals}</numerusform>
            <numerusform>%n dishes — {totals}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tray ticket(s) saved to {path}</source>
        <translation>
            <numerusform>%n tray ticket saved to {path}</numerusform>
            <numerusform>%n tray tickets saved to {path}</numerusform>
        </translation>
    </message>
</context>
</TS>
