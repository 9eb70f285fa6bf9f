<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="rw_RW">
<context>
    <name></name>
    <message>
        <source>{ward}, bed {bed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital meals&lt;br&gt;Amounts in RWF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order &lt;b&gt;{number}&lt;/b&gt;&lt;br&gt;{when}&lt;br&gt;Customer: {customer}&lt;br&gt;{where}&lt;br&gt;Served by: {staff}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Murakoze! Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund — {method}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ref. {reference}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print receipt {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash/Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X REPORT — shift so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORCED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk: {desk}&lt;br&gt;Opened {opened} by {by}&lt;br&gt;{closed}Status: {state}&lt;br&gt;Printed {now}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed {at} by {by}&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EBM fiscal receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discounts given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drops</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in RWF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of the cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FISCAL Z REPORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FISCAL X REPORT — day so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxable {type} / tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected by the controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total {type}-{rate}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total tax {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>THIS IS NOT AN OFFICIAL RECEIPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REFUND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref. normal receipt: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client TIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDC INFORMATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SDC ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bed {bed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>guest meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LATE TRAY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet: {diet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texture: {texture} · Drinks: {drink}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALLERGENS: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dishes: {dishes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver by {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trays for this meal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward round — {meal} {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ward}: orders close {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward / bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texture / drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPO {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO ORDER YET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call first (high risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ {n} guest tray(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} patients · {missing} without an order · ⚠ = high-risk diet: call before the cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tray tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement for {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders placed under the partner&apos;s contracts in the month (hospital time), excluding cancelled and refunded orders. Amounts in RWF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owed by the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by the employee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountPage</name>
    <message>
        <source>&amp;Language of my screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddonDialog</name>
    <message>
        <source>Add-on for {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ricing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price (RWF)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdmissionsTab</name>
    <message>
        <source>All wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a patient to see the diet order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discharge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet &amp;order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet: {diets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texture: {t} · drinks: {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPO until {until} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergens: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by {who}, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{patient} admitted to {place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{patient} moved to {place}; pending trays follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{patient} discharged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet order saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdmitDialog</name>
    <message>
        <source>Admit a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest trays a meal on account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the patient first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApproveLateDialog</name>
    <message>
        <source>Approve late tray {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>{who} placed order {record} ({total_rwf})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {record} moved from {old} to {new} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {record} cancelled by {who}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {record} refunded by {who}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {record} placed by {who} despite a warning: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} registered {record} as {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} changed {fields} of {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong password for “{username}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} tried to sign in while locked out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} tried to sign in while deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} locked out after five wrong passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} was created as the first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} created the account of {record} ({role})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} changed the role of {record} from {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} reset the password of {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} unlocked {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} deactivated {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} reactivated {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} chose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of {record} was stored with today&apos;s stronger hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} opened ticket {record} ({priority})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} assigned ticket {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket {record} moved from {old} to {new} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} changed the priority of ticket {record} from {old} to {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} subscribed {record} to {plan}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} paused the subscription of {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} resumed the subscription of {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} cancelled the subscription of {record}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} charged {charges} subscription periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} booked a consultation for {record} with {nutritionist}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} moved the consultation of {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} cancelled the consultation of {record}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} marked the consultation of {record} completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} marked {record} as not come to the consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} opened a {category} meal plan for {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meal plan of {record} moved to {new} by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} logged catering request {record} (estimate {estimate_rwf})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catering request {record} quoted by {who} ({quoted_price_rwf})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catering request {record} confirmed by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catering request {record} completed by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catering request {record} cancelled by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved the dish {record} ({price_rwf})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} set whether {record} is available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved the corporate partner {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved the contract {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} enrolled employee {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} imported {rows} employees for {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} imported {orders} orders from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} imported {rows} revenue targets from {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} set the weekly hours of {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} added time off for {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} saved the meal package {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nutritionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catering request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catering package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>corporate partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meal package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meal plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue targets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action} — {record}, by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search who, action, record or details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {record}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AvailabilityPage</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> RWF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason, e.g. training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nutritionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation &amp;fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Weekly availability&lt;/b&gt; (hospital time; whole or half hours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Time off&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no schedule here you may edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week saved; the calendar shows the new slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BiDashboard</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohort retention: share of each month&apos;s new customers who ordered again k months later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {moment} — provisional, month to date; * marks a month not yet over, and the cohort cells of that month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No counted orders in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not cancelled or refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after discounts, both shares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order revenue ÷ orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {count} customers of the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody ordered in the previous period of the same length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{churned} of {active} active (N = {days} days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody had ordered in the {days} days before the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{churned} of {active} active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subscription was active at the start of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer has a counted order yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AOV × monthly frequency ÷ monthly churn, 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs at least one complete month with churn above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{actual} of {target}, {months}; day {day} of {days}; projection {projection}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No revenue target is set for these months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}: {figure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (target {amount})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}: {amount} over {orders} orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save cohort retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dusangire — Business intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. diabetes follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BookingTab</name>
    <message>
        <source>07XXXXXXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a package and the number of guests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Event date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add-ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} per person, {2}–{3} guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1} {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is for {1} to {2} guests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n guest(s) × {price}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(large-group rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{addon}: %n × {price}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>There is no catering package yet; an administrator adds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request {0} saved — estimate {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One nutritionist&apos;s week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day — everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One day across all nutritionists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One nutritionist&apos;s month at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set consulting &amp;hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a free slot to book · right-click a slot for what you can do · drag a booking onto a free slot to move it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No nutritionist on the staff list yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;You have not set your consulting hours yet&lt;/b&gt;, so nobody can book you. Set your weekly hours once and this calendar fills with 30-minute slots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{names}: no consulting hours set yet&lt;/b&gt;, so nobody can book them. Set their weekly hours in Availability and time off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{names}: no consulting hours set yet&lt;/b&gt;, so nobody can book them. Ask them, or an administrator, to set the hours in Availability and time off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set my consulting &amp;hours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consulting hours set yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consulting hours on {weekday}s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no-show: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a booking for {name} was cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day}
● today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not consulting at this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or Enter: the week of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} seen or missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: this slot has passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: the consultation took place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: marked no-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing you may do with this slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed / no-show: once it has started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed / no-show: only its nutritionist or the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a booked consultation can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop it on a free slot; {when} is not free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book {name} — {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked {customer} with {nutritionist}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free slot in the next 60 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New time for {customer} (or drag the booking onto a free slot):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer} moved to {when} with {nutritionist}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation with {customer} cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. patient discharged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelRequestDialog</name>
    <message>
        <source>Cancel {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CancelSubscriptionDialog</name>
    <message>
        <source>Cancel {0}&apos;s {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashMovementDialog</name>
    <message>
        <source>&amp;Amount (RWF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CateringPage</name>
    <message>
        <source>New request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Packages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart&apos;s figures for a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <source>Submit the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the shift at {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} RWF {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recorded: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CohortModel</name>
    <message>
        <source>Nobody placed a first order in {month}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month has not started yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of the {month} cohort ordered {months} month(s) later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That month is not over yet: the share can still grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Edit contract — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contract — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly &amp;allowance per employee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company is invoiced (up to the allowance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee pays (discount only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContractsTab</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit contract…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a contract first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or choose a partner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract {0} saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorporatePage</name>
    <message>
        <source>New &amp;partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contracts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{0}  (%n employee(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <source>Patient (ward and bed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company employee ({company})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>07XXXXXXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diet notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receipts in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Customer name, phone, ward/bed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerRecord</name>
    <message>
        <source>Choose a customer on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutritionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies: &lt;b&gt;{allergies}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet notes: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted to {place} since {when}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Name, phone, reference, ward/bed or employee number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ref.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} saved as {reference}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceDialog</name>
    <message>
        <source>EBM controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seller&apos;s &amp;TIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device &amp;serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receipts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DietOrderDialog</name>
    <message>
        <source>Diet order — {patient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapeutic diets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food texture (IDDSI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drinks (IDDSI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 Thin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Slightly thick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Mildly thick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Moderately thick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Extremely thick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing by mouth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPO reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPO until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intolerances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DischargeDialog</name>
    <message>
        <source>Discharge {patient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking at what discharge will do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}: {meal} {when}, {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid: cancel it in the order queue first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliveries cancelled (reason: patient discharged):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the patient&apos;s account: &lt;b&gt;{due}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal packages paused: {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmployeesTab</name>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as &amp;left / back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or choose a partner first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing employees from {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n employee(s) imported from {0}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The import of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an employee first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Enrol an employee of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>07XXXXXXXX</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Dusangire Desktop — First start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load demo data (a realistic hospital, for training and demos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {length} characters, with letters and digits, not containing the username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Dusangire Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database ({database}) has no staff accounts yet. Create the administrator account first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiscalSender</name>
    <message>
        <source>Fiscal receipt PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal receipt {number} signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal receipt pending: the EBM controller is not answering. The sale is saved; its receipt prints once signed (Till → Fiscal receipts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save fiscal receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiscalTab</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order number, e.g. D-000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint &amp;COPY as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Daily fiscal report PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Controller…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) waiting for the controller.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the daily fiscal report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily fiscal report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily fiscal report saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) signed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Save the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LargeGroupDialog</name>
    <message>
        <source>Large-group rate of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From how many guests (0: none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price per person (RWF)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Dusangire Desktop — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a.uwase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dusangire Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Dusangire Desktop — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own password is set: every area of your role is open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Dusangire Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Dusangire Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dusangire Desktop {version}
Database: {database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is back. You can carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● database unreachable — retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database ({database}) cannot be reached. Your open forms are kept; saving works again as soon as it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in with a temporary password. Choose your own password now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Statement columns of {provider}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payer&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MealPlanDialog</name>
    <message>
        <source>Meal plan for {customer}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily &amp;calories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuItemDialog</name>
    <message>
        <source>Edit dish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New dish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available to order now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal &amp;period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet &amp;tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Allergens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MenuPage</name>
    <message>
        <source>Dish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New dish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;unavailable / available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MobileMoneyFields</name>
    <message>
        <source>payer&apos;s number, 07X XXX XXXX</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyBackDialog</name>
    <message>
        <source>Cancel order {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference of the reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How it went back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reversal re&amp;ference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash from the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile-money reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card reversal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by mobile money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on the corporate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} RWF {how}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was paid for this order, so no money goes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid {parts}. All of it is given back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewStaffDialog</name>
    <message>
        <source>New staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>temporary; changed at first sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <source>New support ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. D-000123</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NutritionDashboard</name>
    <message>
        <source>Active clients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nutritionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed consultations without a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed in 90 days, upcoming, or on an active plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{done} completed, {booked} booked · {no_shows} no-show, {cancelled} cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oldest {days} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{used} of {available} slots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No availability in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{no_shows} of {finished}; {unmarked} past still unmarked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consultation has finished in this period yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{customer}&apos;s plan is {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a completed consultation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan opened for {customer} (pending).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationsDashboard</name>
    <message>
        <source>not delivered {pickup} min after placed (pickup), {ward} min (ward)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mean over {count} orders delivered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order has been delivered today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time} {package}, {guests} guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward trays today: {trays} · delivered {delivered} ({late} after the target) · overdue now {overdue} · worst {worst} min late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live — as of {moment}, refreshed as orders are taken at any desk. Channels add up to the BI revenue total.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderEntryPage</name>
    <message>
        <source>Customer: name, phone, ward/bed, employee no.  (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dish: type to search, Enter adds  (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add dishes to see the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason to place it anyway (required when flagged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cash received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile money / card reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup at the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deliver to ward and bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place order  (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Dishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Order  (+ / − / Delete on a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Payment and delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward / bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergic to: {allergies}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet notes: {notes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dish matches; change the search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer and add dishes to see the price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working out the price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be reached, so the price cannot be worked out; retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal: &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company pays {company} · customer pays &lt;b&gt;{customer}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change: &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the customer first (F2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one dish (F3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash received must be a whole number of francs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} placed — {total}, change {change}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {number} placed — {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrderQueuePage</name>
    <message>
        <source>Active (placed, preparing, on the way)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order number or customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{age} late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting since {time}; target {minutes} min from placed to delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ward}, bed {bed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} is now {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <source>New catering package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price per person (RWF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inimum guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;aximum guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Setup fee (RWF)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackagesTab</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add add-&amp;on to selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large-group &amp;rate of selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer / &amp;withdraw selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a package first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>New partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statements in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientMealPanel</name>
    <message>
        <source>Patient&apos;s meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not for a patient&apos;s bed —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it with the next meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late tray:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why (a manager approves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason, to confirm a second one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge to the patient&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show dishes outside the diet order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visitor&apos;s meal can go to a patient&apos;s bed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted: &lt;b&gt;{place}&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest of {patient}, {place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet: {diets}&lt;br&gt;Texture {texture} · drinks {drink}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{patient} is NPO until {until} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge to {patient}&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meal} closed at {time} (choose {meal} for a late tray).&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meal} for {ward} closed at {time}:&lt;br&gt;send it with the next meal, or a late tray.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{meal} for {ward} closes at {time} — {h} h {m:02d} min left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>The last day of the period (included)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansTab</name>
    <message>
        <source>Categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} / {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meals a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Subscribe a customer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save selected plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meals/day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} subscribed to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickDishes</name>
    <message>
        <source>Quick keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dishes ordered most in the last four weeks. In the empty dish search, type the number; anywhere on this screen, Alt and the number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuoteDialog</name>
    <message>
        <source>Quote {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Price (RWF)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconciliationTab</name>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider&apos;s statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a line that did not match and is not resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsTab</name>
    <message>
        <source>Open (new, quoted, confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} by {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (estimate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResolveDialog</name>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve {txid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoundTab</name>
    <message>
        <source>All wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward / bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texture / drinks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round sheet &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPO {until}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO ORDER YET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> + {n} guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} patients · {missing} without an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call first (high-risk diet): {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save round sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round sheet saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftDecisionDialog</name>
    <message>
        <source>Force-close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force-close the shift at {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the variance at {desk}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftTab</name>
    <message>
        <source>opening float counted, RWF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blind close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{desk}&lt;/b&gt; has no open shift. Count the float in the drawer and open one to take cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{desk}&lt;/b&gt;: shift {state} since {when}, opened by {who} with a float of {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift opened at {desk} with {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind}: {amount} recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count differs from what was recorded by {variance}, more than the {threshold} allowed: a manager must approve the variance with a reason before the shift closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift closed. Variance {variance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftsTab</name>
    <message>
        <source>Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Approve variance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force-close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift at {desk} is {state}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, username or role  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account &apos;{username}&apos; created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New role for {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is now {role}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password for {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s password was reset and the account unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementTab</name>
    <message>
        <source>Employee no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company owes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;{0}&lt;/b&gt; orders · total &lt;b&gt;{1} RWF&lt;/b&gt; · company owes &lt;b&gt;{2} RWF&lt;/b&gt; · employees paid &lt;b&gt;{3} RWF&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement {partner}, {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscribeDialog</name>
    <message>
        <source>Subscribe to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}, billed {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriptionsTab</name>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harge due periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s {1} is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s {1} is running again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a subscription first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}&apos;s {1} is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) charged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupportDashboard</name>
    <message>
        <source>{days} d {hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{hours} h {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Of the tickets created in the period and assigned to this person: those resolved late or still open past their resolution target, out of those resolved or already due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median first response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution SLA breached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff performance (resolved in the period; SLA over tickets created in it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period must end after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{open} open, {in_progress} in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets opened in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last resolved (or closed) in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median; mean {mean}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket was resolved in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket created in this period has had a reply yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save staff performance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end} (end excluded). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dusangire — Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketsPage</name>
    <message>
        <source>Unfinished (open, in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New ticket…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First reply due {0}; resolution due {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to the customer, or an internal note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Internal note (the customer does not see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set priorit&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet (due {0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(internal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} assigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is now {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillPage</name>
    <message>
        <source>This desk&apos;s shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All shifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile-money reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiscal receipts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillRulesDialog</name>
    <message>
        <source>Till rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variance needing &amp;approval above (RWF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blind close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer {patient}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraysTab</name>
    <message>
        <source>All wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward / bed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (guest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve late tray…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets 80 mm PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets A6 PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Kitchen counts&lt;/b&gt; (approved trays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{m} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{total} dishes — {totals}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save tray tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} tray tickets saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WardsPage</name>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trays and kitchen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_MealPicker</name>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>This is a read-only copy of the database: everything can be looked at, nothing can be saved. Make changes on the shared database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database: checking the dashboards&apos; figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dusangire Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data loaded. Sign in as &apos;admin&apos; with password {password}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>areas</name>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutrition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My clients and plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Availability and time off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Management</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business intelligence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboards</name>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn (orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churn (subscriptions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value (historical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime value (predictive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue, all channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target attainment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue by month and target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average order value by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month (to date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year (to date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today — {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month to date — {channel}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders placed today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Placed → delivered today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catering events today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultations today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month to date by channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders placed today by state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backlog (open + in progress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets by status now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SLA breach rate by priority (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created in the period and open now, by priority</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out for delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hospital staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside guest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nutritionist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakfast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dinner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gluten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Milk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eggs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peanuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tree nuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shellfish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sesame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Celery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mustard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vegan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gluten-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low sodium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low sugar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High protein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low carb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renal-safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spicy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains meat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High sugar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diabetic-friendly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low-sodium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-protein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employee pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meal package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Liquidised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Puréed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 Minced and moist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 Soft and bite-sized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 Easy to chew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 Regular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late — awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted, waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force-closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MTN MoMo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Airtel Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company allowance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drop to the safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the statement, not in the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the app, not in the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached to a payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proforma</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>long_work</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… nothing will be saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presentation</name>
    <message>
        <source>Sorry, something went wrong and nothing was changed. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview — {title}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
