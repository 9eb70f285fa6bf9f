<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="rw_RW">
  <context>
    <name />
    <message>
      <source>{ward}, bed {bed}</source>
      <translation>{ward}, igitanda {bed}</translation>
    </message>
    <message>
      <source>Pickup</source>
      <translation>Kwitwarira</translation>
    </message>
    <message>
      <source>Paid by the company</source>
      <translation>Byishyuwe n'ikigo</translation>
    </message>
    <message>
      <source>Paid by the customer</source>
      <translation>Byishyuwe n'umukiriya</translation>
    </message>
    <message>
      <source>Hospital meals&lt;br&gt;Amounts in RWF</source>
      <translation>Amafunguro y'ibitaro&lt;br&gt;Amafaranga ari muri RWF</translation>
    </message>
    <message>
      <source>Order &lt;b&gt;{number}&lt;/b&gt;&lt;br&gt;{when}&lt;br&gt;Customer: {customer}&lt;br&gt;{where}&lt;br&gt;Served by: {staff}</source>
      <translation>Komande &lt;b&gt;{number}&lt;/b&gt;&lt;br&gt;{when}&lt;br&gt;Umukiriya: {customer}&lt;br&gt;{where}&lt;br&gt;Yakiriwe na: {staff}</translation>
    </message>
    <message>
      <source>Subtotal</source>
      <translation>Igiteranyo kibanza</translation>
    </message>
    <message>
      <source>Murakoze! Thank you.</source>
      <translation>Murakoze!</translation>
    </message>
    <message>
      <source>Cancelled: {reason}</source>
      <translation>Yahagaritswe: {reason}</translation>
    </message>
    <message>
      <source>Charged to {patient}'s account ({ward}, bed {bed})</source>
      <translation>Byashyizwe ku ideni rya {patient} ({ward}, igitanda {bed})</translation>
    </message>
    <message>
      <source>settled at discharge:</source>
      <translation>byishyuwe asezererwa:</translation>
    </message>
    <message>
      <source>Refund — {method}</source>
      <translation>Isubizwa ry'amafaranga — {method}</translation>
    </message>
    <message>
      <source>ref. {reference}</source>
      <translation>nomero {reference}</translation>
    </message>
    <message>
      <source>Cash received</source>
      <translation>Amafaranga yakiriwe</translation>
    </message>
    <message>
      <source>Change</source>
      <translation>Amafaranga asubizwa</translation>
    </message>
    <message>
      <source>Receipt {number}</source>
      <translation>Inyemezabwishyu {number}</translation>
    </message>
    <message>
      <source>Print receipt {number}</source>
      <translation>Capa inyemezabwishyu {number}</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Amafaranga mu ntoki</translation>
    </message>
    <message>
      <source>Credit</source>
      <translation>Ideni</translation>
    </message>
    <message>
      <source>Cash/Credit</source>
      <translation>Amafaranga mu ntoki/ideni</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>Ikarita</translation>
    </message>
    <message>
      <source>Mobile money</source>
      <translation>Mobile Money</translation>
    </message>
    <message>
      <source>Z REPORT</source>
      <translation>RAPORO Z</translation>
    </message>
    <message>
      <source>X REPORT — shift so far</source>
      <translation>RAPORO X — igihe cy'akazi kigikomeje</translation>
    </message>
    <message>
      <source>FORCED</source>
      <translation>BYAHATIWE</translation>
    </message>
    <message>
      <source>Desk: {desk}&lt;br&gt;Opened {opened} by {by}&lt;br&gt;{closed}Status: {state}&lt;br&gt;Printed {now}</source>
      <translation>Kesi: {desk}&lt;br&gt;Yafunguwe {opened} na {by}&lt;br&gt;{closed}Uko bihagaze: {state}&lt;br&gt;Byacapwe {now}</translation>
    </message>
    <message>
      <source>Closed {at} by {by}&lt;br&gt;</source>
      <translation>Yafunzwe {at} na {by}&lt;br&gt;</translation>
    </message>
    <message>
      <source>Expected</source>
      <translation>Byari byitezwe</translation>
    </message>
    <message>
      <source>Counted</source>
      <translation>Byabazwe</translation>
    </message>
    <message>
      <source>Variance</source>
      <translation>Ikinyuranyo</translation>
    </message>
    <message>
      <source>EBM fiscal receipts</source>
      <translation>Inyemezabwishyu za EBM</translation>
    </message>
    <message>
      <source>Variance reason</source>
      <translation>Impamvu y'ikinyuranyo</translation>
    </message>
    <message>
      <source>Sales by tender</source>
      <translation>Ibyagurishijwe hakurikijwe uburyo bwo kwishyura</translation>
    </message>
    <message>
      <source>Total sales</source>
      <translation>Igiteranyo cy'ibyagurishijwe</translation>
    </message>
    <message>
      <source>Discounts given</source>
      <translation>Igabanuka ry'ibiciro ryatanzwe</translation>
    </message>
    <message>
      <source>Sales by channel</source>
      <translation>Ibyagurishijwe hakurikijwe inzira</translation>
    </message>
    <message>
      <source>Money given back</source>
      <translation>Amafaranga yasubijwe</translation>
    </message>
    <message>
      <source>Cancelled orders</source>
      <translation>Komande zahagaritswe</translation>
    </message>
    <message>
      <source>Refunded orders</source>
      <translation>Komande zasubijwe amafaranga</translation>
    </message>
    <message>
      <source>Total given back</source>
      <translation>Igiteranyo cy'ayasubijwe</translation>
    </message>
    <message>
      <source>Drawer</source>
      <translation>Isanduku y'amafaranga</translation>
    </message>
    <message>
      <source>Opening float</source>
      <translation>Amafaranga yo gutangiriraho</translation>
    </message>
    <message>
      <source>Paid in</source>
      <translation>Amafaranga yinjijwe</translation>
    </message>
    <message>
      <source>Paid out</source>
      <translation>Amafaranga yasohowe</translation>
    </message>
    <message>
      <source>Cash drops</source>
      <translation>Amafaranga yashyizwe mu isanduku ikomeye</translation>
    </message>
    <message>
      <source>Total variance</source>
      <translation>Igiteranyo cy'ikinyuranyo</translation>
    </message>
    <message>
      <source>Amounts in RWF</source>
      <translation>Amafaranga ari muri RWF</translation>
    </message>
    <message>
      <source>Signature of the cashier</source>
      <translation>Umukono w'ushinzwe kesi</translation>
    </message>
    <message>
      <source>FISCAL Z REPORT</source>
      <translation>RAPORO Z Y'IMISORO</translation>
    </message>
    <message>
      <source>FISCAL X REPORT — day so far</source>
      <translation>RAPORO X Y'IMISORO — umunsi ugikomeje</translation>
    </message>
    <message>
      <source>Receipts</source>
      <translation>Inyemezabwishyu</translation>
    </message>
    <message>
      <source>Total {type}-{rate}</source>
      <translation>Igiteranyo {type}-{rate}</translation>
    </message>
    <message>
      <source>Client TIN: {tin}</source>
      <translation>TIN y'umukiriya: {tin}</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Igiteranyo</translation>
    </message>
    <message>
      <source>Taxable {type} / tax</source>
      <translation>Gisoreshwa {type} / umusoro</translation>
    </message>
    <message>
      <source>Waiting for the controller</source>
      <translation>Bitegereje igenzura</translation>
    </message>
    <message>
      <source>Rejected by the controller</source>
      <translation>Byanzwe n'igenzura</translation>
    </message>
    <message>
      <source>Copies printed</source>
      <translation>Kopi zacapwe</translation>
    </message>
    <message>
      <source>Total tax {type}</source>
      <translation>Igiteranyo cy'umusoro {type}</translation>
    </message>
    <message>
      <source>REFUND</source>
      <translation>ISUBIZWA RY'AMAFARANGA</translation>
    </message>
    <message>
      <source>Ref. normal receipt: {number}</source>
      <translation>Inyemezabwishyu isanzwe: {number}</translation>
    </message>
    <message>
      <source>Copy of receipt {number}</source>
      <translation>Kopi y'inyemezabwishyu {number}</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>TOTAL</source>
      <translation>IGITERANYO</translation>
    </message>
    <message>
      <source>Total tax</source>
      <translation>Igiteranyo cy'umusoro</translation>
    </message>
    <message>
      <source>Payment</source>
      <translation>Ubwishyu</translation>
    </message>
    <message>
      <source>Z report</source>
      <translation>Raporo Z</translation>
    </message>
    <message>
      <source>X report</source>
      <translation>Raporo X</translation>
    </message>
    <message>
      <source>bed {bed}</source>
      <translation>igitanda {bed}</translation>
    </message>
    <message>
      <source>guest meal</source>
      <translation>ifunguro ry'umushyitsi</translation>
    </message>
    <message>
      <source>LATE TRAY</source>
      <translation>ISAHANI YATINZE</translation>
    </message>
    <message>
      <source>Diet: {diet}</source>
      <translation>Indyo: {diet}</translation>
    </message>
    <message>
      <source>Texture: {texture} · Drinks: {drink}</source>
      <translation>Imiterere: {texture} · Ibinyobwa: {drink}</translation>
    </message>
    <message>
      <source>ALLERGENS: {list}</source>
      <translation>IBITERA ALERIJI: {list}</translation>
    </message>
    <message>
      <source>Notes: {notes}</source>
      <translation>Icyitonderwa: {notes}</translation>
    </message>
    <message>
      <source>Dishes: {dishes}</source>
      <translation>Ibiryo: {dishes}</translation>
    </message>
    <message>
      <source>Deliver by {time}</source>
      <translation>Bigezwe aho bijya mbere ya {time}</translation>
    </message>
    <message>
      <source>No trays for this meal.</source>
      <translation>Nta sahani z'iri funguro.</translation>
    </message>
    <message>
      <source>Ward round — {meal} {day}</source>
      <translation>Uruzinduko muri serivisi — {meal} {day}</translation>
    </message>
    <message>
      <source>{ward}: orders close {time}</source>
      <translation>{ward}: komande zifunga saa {time}</translation>
    </message>
    <message>
      <source>Ward / bed</source>
      <translation>Serivisi / igitanda</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Umurwayi</translation>
    </message>
    <message>
      <source>Diet</source>
      <translation>Indyo</translation>
    </message>
    <message>
      <source>Texture / drinks</source>
      <translation>Imiterere / ibinyobwa</translation>
    </message>
    <message>
      <source>Allergens</source>
      <translation>Ibitera aleriji</translation>
    </message>
    <message>
      <source>Ordered</source>
      <translation>Byatumijwe</translation>
    </message>
    <message>
      <source>NPO {until}</source>
      <translation>Ntarya ntanywa {until}</translation>
    </message>
    <message>
      <source>NO ORDER YET</source>
      <translation>NTA KOMANDE IRATANGWA</translation>
    </message>
    <message>
      <source>call first (high risk)</source>
      <translation>banza uhamagare (ibyago byinshi)</translation>
    </message>
    <message numerus="yes">
      <source>+ %n guest tray(s)</source>
      <translation>
        <numerusform>+ isahani %n y'umushyitsi</numerusform>
        <numerusform>+ amasahani %n y'abashyitsi</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n patient(s) · {missing} without an order · ⚠ = high-risk diet: call before the cut-off</source>
      <translation>
        <numerusform>Umurwayi %n · {missing} nta komande · ⚠ = indyo y'ibyago: hamagara mbere y'igihe ntarengwa</numerusform>
        <numerusform>Abarwayi %n · {missing} nta komande · ⚠ = indyo y'ibyago: hamagara mbere y'igihe ntarengwa</numerusform>
      </translation>
    </message>
    <message>
      <source>Tray tickets</source>
      <translation>Udupapuro tw'isahani</translation>
    </message>
    <message>
      <source>Ward round</source>
      <translation>Uruzinduko muri serivisi</translation>
    </message>
    <message>
      <source>Guest: {name}</source>
      <translation>Umushyitsi: {name}</translation>
    </message>
    <message>
      <source>Patient's own meal</source>
      <translation>Ifunguro ry'umurwayi ubwe</translation>
    </message>
    <message>
      <source>Settlement &lt;b&gt;S-{number}&lt;/b&gt;&lt;br&gt;{when}&lt;br&gt;Patient: {patient} ({reference})&lt;br&gt;{ward}, bed {bed}&lt;br&gt;Settled at discharge by: {staff}</source>
      <translation>Kwishyura &lt;b&gt;S-{number}&lt;/b&gt;&lt;br&gt;{when}&lt;br&gt;Umurwayi: {patient} ({reference})&lt;br&gt;{ward}, igitanda {bed}&lt;br&gt;Byakiriwe asezererwa na: {staff}</translation>
    </message>
    <message>
      <source>Meals charged to the patient's account&lt;br&gt;Amounts in RWF</source>
      <translation>Amafunguro yashyizwe ku ideni ry'umurwayi&lt;br&gt;Amafaranga ari muri RWF</translation>
    </message>
    <message>
      <source>Settlement</source>
      <translation>Kwishyura ideni</translation>
    </message>
    <message>
      <source>Statement for {month}</source>
      <translation>Raporo y'ukwezi kwa {month}</translation>
    </message>
    <message>
      <source>Orders placed under the partner's contracts in the month (hospital time), excluding cancelled and refunded orders. Amounts in RWF.</source>
      <translation>Komande zatanzwe hakurikijwe amasezerano y'umufatanyabikorwa muri uku kwezi (isaha y'ibitaro), hatabariwemo izahagaritswe n'izasubijwe amafaranga. Amafaranga ari muri RWF.</translation>
    </message>
    <message>
      <source>Employee no.</source>
      <translation>Nomero y'umukozi</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Izina</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>Owed by the company</source>
      <translation>Ibyo ikigo kigomba kwishyura</translation>
    </message>
    <message>
      <source>Paid by the employee</source>
      <translation>Byishyuwe n'umukozi</translation>
    </message>
  </context>
  <context>
    <name>AccountPage</name>
    <message>
      <source>&amp;Language of my screens</source>
      <translation>&amp;Ururimi rwa mudasobwa yanjye</translation>
    </message>
    <message>
      <source>&amp;Current password</source>
      <translation>Ijambo ry'ibanga &amp;risanzwe</translation>
    </message>
    <message>
      <source>&amp;New password</source>
      <translation>Ijambo ry'ibanga &amp;rishya</translation>
    </message>
    <message>
      <source>Con&amp;firm new password</source>
      <translation>&amp;Emeza ijambo ry'ibanga rishya</translation>
    </message>
    <message>
      <source>Change password</source>
      <translation>Hindura ijambo ry'ibanga</translation>
    </message>
    <message>
      <source>Change your password</source>
      <translation>Hindura ijambo ryawe ry'ibanga</translation>
    </message>
    <message>
      <source>The two new passwords differ.</source>
      <translation>Amagambo y'ibanga mashya yombi ntasa.</translation>
    </message>
    <message>
      <source>Your password was changed.</source>
      <translation>Ijambo ryawe ry'ibanga ryahinduwe.</translation>
    </message>
  </context>
  <context>
    <name>AddonDialog</name>
    <message>
      <source>Add-on for {0}</source>
      <translation>Inyongera kuri {0}</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Izina</translation>
    </message>
    <message>
      <source>P&amp;ricing</source>
      <translation>Uko &amp;kibarwa</translation>
    </message>
    <message>
      <source>&amp;Price (RWF)</source>
      <translation>&amp;Igiciro (RWF)</translation>
    </message>
  </context>
  <context>
    <name>AdmissionsTab</name>
    <message>
      <source>All wards</source>
      <translation>Serivisi zose</translation>
    </message>
    <message>
      <source>Ward</source>
      <translation>Serivisi</translation>
    </message>
    <message>
      <source>Bed</source>
      <translation>Igitanda</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Umurwayi</translation>
    </message>
    <message>
      <source>Admitted</source>
      <translation>Yakiriwe</translation>
    </message>
    <message>
      <source>Choose a patient to see the diet order.</source>
      <translation>Hitamo umurwayi urebe indyo yategetswe.</translation>
    </message>
    <message>
      <source>&amp;Admit…</source>
      <translation>&amp;Kwakira…</translation>
    </message>
    <message>
      <source>&amp;Transfer…</source>
      <translation>&amp;Kwimura…</translation>
    </message>
    <message>
      <source>&amp;Discharge…</source>
      <translation>&amp;Gusezerera…</translation>
    </message>
    <message>
      <source>Diet &amp;order…</source>
      <translation>&amp;Indyo yategetswe…</translation>
    </message>
    <message>
      <source>regular</source>
      <translation>isanzwe</translation>
    </message>
    <message>
      <source>Diet: {diets}</source>
      <translation>Indyo: {diets}</translation>
    </message>
    <message>
      <source>Texture: {t} · drinks: {d}</source>
      <translation>Imiterere: {t} · ibinyobwa: {d}</translation>
    </message>
    <message>
      <source>NPO until {until} ({reason})</source>
      <translation>Ntarya ntanywa kugeza {until} ({reason})</translation>
    </message>
    <message>
      <source>Allergens: {list}</source>
      <translation>Ibitera aleriji: {list}</translation>
    </message>
    <message>
      <source>Written by {who}, {when}</source>
      <translation>Byanditswe na {who}, {when}</translation>
    </message>
    <message>
      <source>{patient} admitted to {place}.</source>
      <translation>{patient} yakiriwe muri {place}.</translation>
    </message>
    <message>
      <source>{patient} moved to {place}; pending trays follow.</source>
      <translation>{patient} yimuriwe muri {place}; amasahani ategerejwe aramukurikira.</translation>
    </message>
    <message>
      <source>{patient} discharged.</source>
      <translation>{patient} yasezerewe.</translation>
    </message>
    <message>
      <source>Diet order saved.</source>
      <translation>Indyo yategetswe yabitswe.</translation>
    </message>
  </context>
  <context>
    <name>AdmitDialog</name>
    <message>
      <source>Admit a patient</source>
      <translation>Kwakira umurwayi</translation>
    </message>
    <message>
      <source>Admit</source>
      <translation>Kwakira</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Umurwayi</translation>
    </message>
    <message>
      <source>Ward</source>
      <translation>Serivisi</translation>
    </message>
    <message>
      <source>Bed</source>
      <translation>Igitanda</translation>
    </message>
    <message>
      <source>Guest trays a meal on account</source>
      <translation>Amasahani y'abashyitsi kuri buri funguro, ku ideni</translation>
    </message>
    <message>
      <source>Find the patient first.</source>
      <translation>Banza ushake umurwayi.</translation>
    </message>
  </context>
  <context>
    <name>ApproveLateDialog</name>
    <message>
      <source>Approve late tray {number}</source>
      <translation>Emeza isahani yatinze {number}</translation>
    </message>
    <message>
      <source>Approve</source>
      <translation>Emeza</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Kuri</translation>
    </message>
    <message>
      <source>Why</source>
      <translation>Impamvu</translation>
    </message>
  </context>
  <context>
    <name>AuditPage</name>
    <message>
      <source>{who} placed order {record} ({total_rwf})</source>
      <translation>{who} yatanze komande {record} ({total_rwf})</translation>
    </message>
    <message>
      <source>Order {record} moved from {old} to {new} by {who}</source>
      <translation>Komande {record} yavuye kuri {old} ijya kuri {new} na {who}</translation>
    </message>
    <message>
      <source>Order {record} cancelled by {who}: {reason}</source>
      <translation>Komande {record} yahagaritswe na {who}: {reason}</translation>
    </message>
    <message>
      <source>Order {record} refunded by {who}: {reason}</source>
      <translation>Komande {record} yasubijwe amafaranga na {who}: {reason}</translation>
    </message>
    <message>
      <source>Order {record} placed by {who} despite a warning: {reason}</source>
      <translation>Komande {record} yatanzwe na {who} nubwo yari yaburiwe: {reason}</translation>
    </message>
    <message>
      <source>{who} registered {record} as {kind}</source>
      <translation>{who} yanditse {record} nka {kind}</translation>
    </message>
    <message>
      <source>{who} changed {fields} of {record}</source>
      <translation>{who} yahinduye {fields} bya {record}</translation>
    </message>
    <message>
      <source>{who} signed in</source>
      <translation>{who} yinjiye</translation>
    </message>
    <message>
      <source>Wrong password for “{username}”</source>
      <translation>Ijambo ry'ibanga ritari ryo rya “{username}”</translation>
    </message>
    <message>
      <source>{record} tried to sign in while locked out</source>
      <translation>{record} yagerageje kwinjira konti ifunze</translation>
    </message>
    <message>
      <source>{record} tried to sign in while deactivated</source>
      <translation>{record} yagerageje kwinjira konti yarahagaritswe</translation>
    </message>
    <message>
      <source>{record} locked out after five wrong passwords</source>
      <translation>{record} yafungiwe nyuma y'amagambo y'ibanga atanu atari yo</translation>
    </message>
    <message>
      <source>{record} was created as the first administrator</source>
      <translation>{record} yashyizweho nk'umuyobozi wa mbere wa sisitemu</translation>
    </message>
    <message>
      <source>{who} created the account of {record} ({role})</source>
      <translation>{who} yafunguriye konti {record} ({role})</translation>
    </message>
    <message>
      <source>{who} changed the role of {record} from {old} to {new}</source>
      <translation>{who} yahinduye inshingano za {record} kuva kuri {old} kugera kuri {new}</translation>
    </message>
    <message>
      <source>{who} reset the password of {record}</source>
      <translation>{who} yasubiyemo ijambo ry'ibanga rya {record}</translation>
    </message>
    <message>
      <source>{who} unlocked {record}</source>
      <translation>{who} yafunguye konti ya {record}</translation>
    </message>
    <message>
      <source>{who} deactivated {record}</source>
      <translation>{who} yahagaritse {record}</translation>
    </message>
    <message>
      <source>{who} reactivated {record}</source>
      <translation>{who} yongeye gukoresha konti ya {record}</translation>
    </message>
    <message>
      <source>{who} chose to work in {language}</source>
      <translation>{who} yahisemo gukoresha {language}</translation>
    </message>
    <message>
      <source>{who} chose a new password</source>
      <translation>{who} yahisemo ijambo ry'ibanga rishya</translation>
    </message>
    <message>
      <source>The password of {record} was stored with today's stronger hash</source>
      <translation>Ijambo ry'ibanga rya {record} ryabitswe mu buryo bushya bukomeye</translation>
    </message>
    <message>
      <source>{who} opened ticket {record} ({priority})</source>
      <translation>{who} yatanze ikibazo {record} ({priority})</translation>
    </message>
    <message>
      <source>{who} assigned ticket {record}</source>
      <translation>{who} yahaye umuntu ikibazo {record}</translation>
    </message>
    <message>
      <source>Ticket {record} moved from {old} to {new} by {who}</source>
      <translation>Ikibazo {record} cyavuye kuri {old} kijya kuri {new} na {who}</translation>
    </message>
    <message>
      <source>{who} changed the priority of ticket {record} from {old} to {new}</source>
      <translation>{who} yahinduye uburemere bw'ikibazo {record} kuva kuri {old} kugera kuri {new}</translation>
    </message>
    <message>
      <source>{who} subscribed {record} to {plan}</source>
      <translation>{who} yahaye {record} ifatabuguzi rya {plan}</translation>
    </message>
    <message>
      <source>{who} paused the subscription of {record}</source>
      <translation>{who} yahagaritse by'agateganyo ifatabuguzi rya {record}</translation>
    </message>
    <message>
      <source>{who} resumed the subscription of {record}</source>
      <translation>{who} yasubukuye ifatabuguzi rya {record}</translation>
    </message>
    <message>
      <source>{who} cancelled the subscription of {record}: {reason}</source>
      <translation>{who} yahagaritse ifatabuguzi rya {record}: {reason}</translation>
    </message>
    <message>
      <source>{who} charged {charges} subscription periods</source>
      <translation>{who} yishyuje ibihe {charges} by'amafatabuguzi</translation>
    </message>
    <message>
      <source>{who} booked a consultation for {record} with {nutritionist}</source>
      <translation>{who} yafatiye {record} gahunda y'ubujyanama na {nutritionist}</translation>
    </message>
    <message>
      <source>{who} moved the consultation of {record}</source>
      <translation>{who} yimuye gahunda y'ubujyanama ya {record}</translation>
    </message>
    <message>
      <source>{who} cancelled the consultation of {record}: {reason}</source>
      <translation>{who} yahagaritse gahunda y'ubujyanama ya {record}: {reason}</translation>
    </message>
    <message>
      <source>{who} marked the consultation of {record} completed</source>
      <translation>{who} yemeje ko ubujyanama bwa {record} bwarangiye</translation>
    </message>
    <message>
      <source>{who} marked {record} as not come to the consultation</source>
      <translation>{who} yanditse ko {record} atitabiriye ubujyanama</translation>
    </message>
    <message>
      <source>{who} opened a {category} meal plan for {record}</source>
      <translation>{who} yateguriye {record} gahunda y'imirire ya {category}</translation>
    </message>
    <message>
      <source>The meal plan of {record} moved to {new} by {who}</source>
      <translation>Gahunda y'imirire ya {record} yashyizwe kuri {new} na {who}</translation>
    </message>
    <message>
      <source>{who} logged catering request {record} (estimate {estimate_rwf})</source>
      <translation>{who} yanditse ubusabe bwo kugaburira ibirori {record} (igereranya {estimate_rwf})</translation>
    </message>
    <message>
      <source>Catering request {record} quoted by {who} ({quoted_price_rwf})</source>
      <translation>Ubusabe bwo kugaburira ibirori {record} bwashyiriweho igiciro na {who} ({quoted_price_rwf})</translation>
    </message>
    <message>
      <source>Catering request {record} confirmed by {who}</source>
      <translation>Ubusabe bwo kugaburira ibirori {record} bwemejwe na {who}</translation>
    </message>
    <message>
      <source>Catering request {record} completed by {who}</source>
      <translation>Ubusabe bwo kugaburira ibirori {record} bwarangijwe na {who}</translation>
    </message>
    <message>
      <source>Catering request {record} cancelled by {who}</source>
      <translation>Ubusabe bwo kugaburira ibirori {record} bwahagaritswe na {who}</translation>
    </message>
    <message>
      <source>{who} saved the dish {record} ({price_rwf})</source>
      <translation>{who} yabitse ibiryo {record} ({price_rwf})</translation>
    </message>
    <message>
      <source>{who} set whether {record} is available</source>
      <translation>{who} yagaragaje niba {record} bihari</translation>
    </message>
    <message>
      <source>{who} saved the corporate partner {record}</source>
      <translation>{who} yabitse umufatanyabikorwa {record}</translation>
    </message>
    <message>
      <source>{who} changed {fields} of the corporate partner {record}</source>
      <translation>{who} yahinduye {fields} by'umufatanyabikorwa {record}</translation>
    </message>
    <message>
      <source>{who} saved the contract {record}</source>
      <translation>{who} yabitse amasezerano {record}</translation>
    </message>
    <message>
      <source>{who} enrolled employee {record}</source>
      <translation>{who} yanditse umukozi {record}</translation>
    </message>
    <message>
      <source>{who} imported {rows} employees for {record}</source>
      <translation>{who} yinjije abakozi {rows} ba {record}</translation>
    </message>
    <message>
      <source>{who} imported {orders} orders from {file}</source>
      <translation>{who} yinjije komande {orders} zivuye muri {file}</translation>
    </message>
    <message>
      <source>{who} imported {rows} revenue targets from {file}</source>
      <translation>{who} yinjije intego {rows} z'amafaranga yinjira zivuye muri {file}</translation>
    </message>
    <message>
      <source>{who} set the weekly hours of {record}</source>
      <translation>{who} yashyizeho amasaha y'icyumweru ya {record}</translation>
    </message>
    <message>
      <source>{who} added time off for {record}</source>
      <translation>{who} yongeyeho ikiruhuko cya {record}</translation>
    </message>
    <message>
      <source>{who} saved the meal package {record}</source>
      <translation>{who} yabitse ipaki y'amafunguro {record}</translation>
    </message>
    <message>
      <source>{who} saved the catering package {record} ({price_per_person_rwf} per person)</source>
      <translation>{who} yabitse ifunguro ry'ibirori {record} ({price_per_person_rwf} ku muntu)</translation>
    </message>
    <message>
      <source>{who} saved the add-on {addon} ({price_rwf}) of the catering package {record}</source>
      <translation>{who} yabitse inyongera {addon} ({price_rwf}) y'ifunguro ry'ibirori {record}</translation>
    </message>
    <message>
      <source>{who} marked employee {record} as having left</source>
      <translation>{who} yanditse ko umukozi {record} yagiye</translation>
    </message>
    <message>
      <source>{who} marked employee {record} as back</source>
      <translation>{who} yanditse ko umukozi {record} yagarutse</translation>
    </message>
    <message>
      <source>{who} admitted {record} to {ward}, bed {bed}</source>
      <translation>{who} yakiriye {record} muri {ward}, igitanda {bed}</translation>
    </message>
    <message>
      <source>{who} moved {record} to {ward}, bed {bed}</source>
      <translation>{who} yimuriye {record} muri {ward}, igitanda {bed}</translation>
    </message>
    <message>
      <source>{who} discharged {record} ({settled_rwf} settled)</source>
      <translation>{who} yasezereye {record} ({settled_rwf} yishyuwe)</translation>
    </message>
    <message>
      <source>Order {record} placed by {who} outside the patient's diet order: {reason}</source>
      <translation>Komande {record} yatanzwe na {who} itari mu ndyo yategetswe umurwayi: {reason}</translation>
    </message>
    <message>
      <source>{who} ordered a late tray for {record}: {reason}</source>
      <translation>{who} yatumije isahani itinze ya {record}: {reason}</translation>
    </message>
    <message>
      <source>{who} approved the late tray of {record}</source>
      <translation>{who} yemeje isahani itinze ya {record}</translation>
    </message>
    <message>
      <source>{who} refused the late tray of {record}: {reason}</source>
      <translation>{who} yanze isahani itinze ya {record}: {reason}</translation>
    </message>
    <message>
      <source>{who} confirmed a second tray for {record} at the same meal: {reason}</source>
      <translation>{who} yemeje isahani ya kabiri ya {record} ku ifunguro rimwe: {reason}</translation>
    </message>
    <message>
      <source>The tray of {record} marked {new} by {who}</source>
      <translation>Isahani ya {record} yashyizwe kuri {new} na {who}</translation>
    </message>
    <message>
      <source>{who} set the IDDSI levels {record} is served at</source>
      <translation>{who} yashyizeho ibyiciro bya IDDSI {record} itangwamo</translation>
    </message>
    <message>
      <source>{who} set the textures {record} can be served at</source>
      <translation>{who} yashyizeho imiterere {record} ishobora gutangwamo</translation>
    </message>
    <message>
      <source>{who} set {record} to be served {serves_from}–{serves_until}, ordered until {cutoff}</source>
      <translation>{who} yashyizeho ko {record} itangwa {serves_from}–{serves_until}, igatumizwa kugeza {cutoff}</translation>
    </message>
    <message>
      <source>{who} set the {meal} order cut-off of {record} to {cutoff}</source>
      <translation>{who} yashyizeho ko komande za {meal} muri {record} zifunga saa {cutoff}</translation>
    </message>
    <message>
      <source>{who} saved the ward {record}</source>
      <translation>{who} yabitse serivisi {record}</translation>
    </message>
    <message>
      <source>{who} opened shift {record} at {desk} with a float of {opening_float_rwf}</source>
      <translation>{who} yafunguye igihe cy'akazi {record} kuri {desk} afite {opening_float_rwf} zo gutangiza</translation>
    </message>
    <message>
      <source>{who} counted the drawer of shift {record} (variance {variance_rwf})</source>
      <translation>{who} yabaruye amafaranga ya kesi y'igihe cy'akazi {record} (ikinyuranyo {variance_rwf})</translation>
    </message>
    <message>
      <source>{who} approved a variance of {variance_rwf} on shift {record}: {reason}</source>
      <translation>{who} yemeje ikinyuranyo cya {variance_rwf} ku gihe cy'akazi {record}: {reason}</translation>
    </message>
    <message>
      <source>{who} force-closed shift {record} at {desk}: {reason}</source>
      <translation>{who} yafunze ku ngufu igihe cy'akazi {record} kuri {desk}: {reason}</translation>
    </message>
    <message>
      <source>{who} set the till's variance threshold to {variance_threshold_rwf}</source>
      <translation>{who} yashyizeho urugero rw'ikinyuranyo cya kesi kuri {variance_threshold_rwf}</translation>
    </message>
    <message>
      <source>{who} saved the statement columns of {record}</source>
      <translation>{who} yabitse inkingi z'inyandiko ya konti ya {record}</translation>
    </message>
    <message>
      <source>{who} reconciled the {provider} statement {file}</source>
      <translation>{who} yagereranyije inyandiko ya konti ya {provider} {file}</translation>
    </message>
    <message>
      <source>{who} resolved a statement line ({resolution}): {note}</source>
      <translation>{who} yakemuye umurongo w'inyandiko ya konti ({resolution}): {note}</translation>
    </message>
    <message>
      <source>{who} configured the fiscal device at {url} ({mode})</source>
      <translation>{who} yashyizeho igikoresho cy'imisoro kuri {url} ({mode})</translation>
    </message>
    <message>
      <source>The controller refused fiscal receipt {record}: {error}</source>
      <translation>Igenzura ryanze inyemezabwishyu y'imisoro {record}: {error}</translation>
    </message>
    <message>
      <source>{who} printed a copy of fiscal receipt {record}</source>
      <translation>{who} yasohoye kopi y'inyemezabwishyu y'imisoro {record}</translation>
    </message>
    <message>
      <source>order</source>
      <translation>komande</translation>
    </message>
    <message>
      <source>customer</source>
      <translation>umukiriya</translation>
    </message>
    <message>
      <source>ticket</source>
      <translation>ikibazo</translation>
    </message>
    <message>
      <source>account</source>
      <translation>konti</translation>
    </message>
    <message>
      <source>nutritionist</source>
      <translation>impuguke mu mirire</translation>
    </message>
    <message>
      <source>catering request</source>
      <translation>ubusabe bwo kugaburira ibirori</translation>
    </message>
    <message>
      <source>catering package</source>
      <translation>ipaki yo kugaburira ibirori</translation>
    </message>
    <message>
      <source>corporate partner</source>
      <translation>umufatanyabikorwa</translation>
    </message>
    <message>
      <source>contract</source>
      <translation>amasezerano</translation>
    </message>
    <message>
      <source>employee</source>
      <translation>umukozi</translation>
    </message>
    <message>
      <source>dish</source>
      <translation>ibiryo</translation>
    </message>
    <message>
      <source>meal package</source>
      <translation>ipaki y'amafunguro</translation>
    </message>
    <message>
      <source>subscription</source>
      <translation>ifatabuguzi</translation>
    </message>
    <message>
      <source>meal plan</source>
      <translation>gahunda y'imirire</translation>
    </message>
    <message>
      <source>consultation</source>
      <translation>ubujyanama</translation>
    </message>
    <message>
      <source>orders</source>
      <translation>komande</translation>
    </message>
    <message>
      <source>revenue targets</source>
      <translation>intego z'amafaranga yinjira</translation>
    </message>
    <message>
      <source>patient's stay</source>
      <translation>igihe umurwayi amara mu bitaro</translation>
    </message>
    <message>
      <source>tray</source>
      <translation>isahani</translation>
    </message>
    <message>
      <source>ward</source>
      <translation>serivisi</translation>
    </message>
    <message>
      <source>meal</source>
      <translation>ifunguro</translation>
    </message>
    <message>
      <source>shift</source>
      <translation>igihe cy'akazi</translation>
    </message>
    <message>
      <source>till settings</source>
      <translation>igenamiterere rya kesi</translation>
    </message>
    <message>
      <source>statement columns</source>
      <translation>inkingi z'inyandiko ya konti</translation>
    </message>
    <message>
      <source>statement</source>
      <translation>inyandiko ya konti</translation>
    </message>
    <message>
      <source>statement line</source>
      <translation>umurongo w'inyandiko ya konti</translation>
    </message>
    <message>
      <source>fiscal device</source>
      <translation>igikoresho cy'imisoro</translation>
    </message>
    <message>
      <source>fiscal receipt</source>
      <translation>inyemezabwishyu y'imisoro</translation>
    </message>
    <message>
      <source>{action} — {record}, by {who}</source>
      <translation>{action} — {record}, na {who}</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Igihe</translation>
    </message>
    <message>
      <source>What happened</source>
      <translation>Ibyabaye</translation>
    </message>
    <message>
      <source>Record</source>
      <translation>Inyandiko</translation>
    </message>
    <message>
      <source>Search who, action, record or details</source>
      <translation>Shakisha umuntu, igikorwa, inyandiko cyangwa ibisobanuro</translation>
    </message>
    <message>
      <source>Open {record}</source>
      <translation>Fungura {record}</translation>
    </message>
  </context>
  <context>
    <name>AvailabilityPage</name>
    <message>
      <source>Day</source>
      <translation>Umunsi</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Kuva</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Kugeza</translation>
    </message>
    <message>
      <source> RWF</source>
      <translation> RWF</translation>
    </message>
    <message>
      <source>&amp;Add interval</source>
      <translation>&amp;Ongeraho igihe</translation>
    </message>
    <message>
      <source>&amp;Remove interval</source>
      <translation>&amp;Kuraho igihe</translation>
    </message>
    <message>
      <source>&amp;Save week</source>
      <translation>&amp;Bika icyumweru</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Impamvu</translation>
    </message>
    <message>
      <source>whole day(s)</source>
      <translation>umunsi wose</translation>
    </message>
    <message>
      <source>reason, e.g. training</source>
      <translation>impamvu, urugero: amahugurwa</translation>
    </message>
    <message>
      <source>Add &amp;time off</source>
      <translation>Ongeraho &amp;ikiruhuko</translation>
    </message>
    <message>
      <source>&amp;Nutritionist</source>
      <translation>&amp;Impuguke mu mirire</translation>
    </message>
    <message>
      <source>Consultation &amp;fee</source>
      <translation>&amp;Igiciro cy'ubujyanama</translation>
    </message>
    <message>
      <source>to</source>
      <translation>kugeza</translation>
    </message>
    <message>
      <source>&lt;b&gt;Weekly availability&lt;/b&gt; (hospital time; whole or half hours)</source>
      <translation>&lt;b&gt;Amasaha y'icyumweru&lt;/b&gt; (isaha y'ibitaro; amasaha yuzuye cyangwa igice cy'isaha)</translation>
    </message>
    <message>
      <source>&lt;b&gt;Time off&lt;/b&gt;</source>
      <translation>&lt;b&gt;Ibiruhuko&lt;/b&gt;</translation>
    </message>
    <message>
      <source>There is no schedule here you may edit.</source>
      <translation>Nta gahunda iri hano ushobora guhindura.</translation>
    </message>
    <message>
      <source>Monday</source>
      <translation>Kuwa mbere</translation>
    </message>
    <message>
      <source>Tuesday</source>
      <translation>Kuwa kabiri</translation>
    </message>
    <message>
      <source>Wednesday</source>
      <translation>Kuwa gatatu</translation>
    </message>
    <message>
      <source>Thursday</source>
      <translation>Kuwa kane</translation>
    </message>
    <message>
      <source>Friday</source>
      <translation>Kuwa gatanu</translation>
    </message>
    <message>
      <source>Saturday</source>
      <translation>Kuwa gatandatu</translation>
    </message>
    <message>
      <source>Sunday</source>
      <translation>Ku cyumweru</translation>
    </message>
    <message>
      <source>Week saved; the calendar shows the new slots.</source>
      <translation>Icyumweru cyabitswe; kalendari irerekana amasaha mashya.</translation>
    </message>
    <message>
      <source>Time off added.</source>
      <translation>Ikiruhuko cyongeweho.</translation>
    </message>
  </context>
  <context>
    <name>BiDashboard</name>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Vugurura</translation>
    </message>
    <message>
      <source>Export &amp;PDF…</source>
      <translation>Bika nka &amp;PDF…</translation>
    </message>
    <message>
      <source>CSV</source>
      <translation>CSV</translation>
    </message>
    <message>
      <source>Cohort retention: share of each month's new customers who ordered again k months later</source>
      <translation>Abakiriya bagarutse: ingano y'abakiriya bashya ba buri kwezi bongeye gutumiza nyuma y'amezi k</translation>
    </message>
    <message>
      <source>The period must end after it starts.</source>
      <translation>Igihe kigomba kurangira nyuma y'uko gitangiye.</translation>
    </message>
    <message>
      <source>As of {moment} — provisional, month to date; * marks a month not yet over, and the cohort cells of that month</source>
      <translation>Kugeza {moment} — by'agateganyo, ukwezi kugikomeje; * igaragaza ukwezi kutararangira, n'imbonerahamwe z'abakiriya b'uko kwezi</translation>
    </message>
    <message>
      <source>As of {moment}</source>
      <translation>Kugeza {moment}</translation>
    </message>
    <message>
      <source>No counted orders in this period.</source>
      <translation>Nta komande zabazwe muri iki gihe.</translation>
    </message>
    <message>
      <source>not cancelled or refunded</source>
      <translation>hatabariwemo izahagaritswe n'izasubijwe amafaranga</translation>
    </message>
    <message>
      <source>after discounts, both shares</source>
      <translation>nyuma y'igabanuka, imigabane yombi</translation>
    </message>
    <message>
      <source>order revenue ÷ orders</source>
      <translation>amafaranga ya komande ÷ komande</translation>
    </message>
    <message>
      <source>of {count} customers of the previous period</source>
      <translation>mu bakiriya {count} b'igihe cyabanje</translation>
    </message>
    <message>
      <source>Nobody ordered in the previous period of the same length.</source>
      <translation>Nta muntu watumije mu gihe cyabanje kingana n'iki.</translation>
    </message>
    <message>
      <source>{churned} of {active} active (N = {days} days)</source>
      <translation>{churned} mu {active} bakora (N = iminsi {days})</translation>
    </message>
    <message>
      <source>Nobody had ordered in the {days} days before the period.</source>
      <translation>Nta muntu wari watumije mu minsi {days} ibanziriza iki gihe.</translation>
    </message>
    <message>
      <source>{churned} of {active} active</source>
      <translation>{churned} mu {active} bakora</translation>
    </message>
    <message>
      <source>No subscription was active at the start of the period.</source>
      <translation>Nta fatabuguzi ryakoraga igihe cyatangiraga.</translation>
    </message>
    <message>
      <source>median {amount}</source>
      <translation>hagati {amount}</translation>
    </message>
    <message>
      <source>No customer has a counted order yet.</source>
      <translation>Nta mukiriya uragira komande ibarwa.</translation>
    </message>
    <message>
      <source>AOV × monthly frequency ÷ monthly churn, 12 months</source>
      <translation>Impuzandengo ya komande × inshuro ku kwezi ÷ abagenda ku kwezi, amezi 12</translation>
    </message>
    <message>
      <source>Needs at least one complete month with churn above zero.</source>
      <translation>Hakenewe nibura ukwezi kumwe kuzuye gufite abagenda barenze zeru.</translation>
    </message>
    <message>
      <source>{actual} of {target}, {months}; day {day} of {days}; projection {projection}</source>
      <translation>{actual} kuri {target}, {months}; umunsi {day} kuri {days}; biteganyijwe {projection}</translation>
    </message>
    <message>
      <source>No revenue target is set for these months.</source>
      <translation>Nta ntego y'amafaranga yinjira yashyizweho kuri aya mezi.</translation>
    </message>
    <message>
      <source>{month}: {figure}</source>
      <translation>{month}: {figure}</translation>
    </message>
    <message>
      <source> (target {amount})</source>
      <translation> (intego {amount})</translation>
    </message>
    <message>
      <source>Target</source>
      <translation>Intego</translation>
    </message>
    <message>
      <source>{month}: {amount} over {orders} orders</source>
      <translation>{month}: {amount} kuri komande {orders}</translation>
    </message>
    <message>
      <source>Save cohort retention</source>
      <translation>Bika imbonerahamwe y'abakiriya bagarutse</translation>
    </message>
    <message>
      <source>Save dashboard</source>
      <translation>Bika imbonerahamwe y'incamake</translation>
    </message>
    <message>
      <source>{start} to {end}. </source>
      <translation>Kuva {start} kugeza {end}. </translation>
    </message>
    <message>
      <source>Dusangire — Business intelligence</source>
      <translation>Dusangire — Isesengura ry'ubucuruzi</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Byabitswe: {path}</translation>
    </message>
  </context>
  <context>
    <name>BookingDialog</name>
    <message>
      <source>Book</source>
      <translation>Fata gahunda</translation>
    </message>
    <message>
      <source>&amp;Customer</source>
      <translation>&amp;Umukiriya</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Impamvu</translation>
    </message>
    <message>
      <source>optional, e.g. diabetes follow-up</source>
      <translation>si ngombwa, urugero: gukurikirana diyabete</translation>
    </message>
    <message>
      <source>Choose the customer first.</source>
      <translation>Banza uhitemo umukiriya.</translation>
    </message>
  </context>
  <context>
    <name>BookingTab</name>
    <message>
      <source>07XXXXXXXX</source>
      <translation>07XXXXXXXX</translation>
    </message>
    <message>
      <source>Choose a package and the number of guests.</source>
      <translation>Hitamo ipaki n'umubare w'abashyitsi.</translation>
    </message>
    <message>
      <source>&amp;Save request</source>
      <translation>&amp;Bika ubusabe</translation>
    </message>
    <message>
      <source>&amp;Package</source>
      <translation>&amp;Ipaki</translation>
    </message>
    <message>
      <source>&amp;Guests</source>
      <translation>&amp;Abashyitsi</translation>
    </message>
    <message>
      <source>&amp;Event date and time</source>
      <translation>&amp;Itariki n'isaha by'ibirori</translation>
    </message>
    <message>
      <source>&amp;Venue</source>
      <translation>&amp;Aho bizabera</translation>
    </message>
    <message>
      <source>&amp;Contact person</source>
      <translation>&amp;Uwo kuvugana na we</translation>
    </message>
    <message>
      <source>Contact &amp;phone</source>
      <translation>&amp;Telefoni y'uwo kuvugana na we</translation>
    </message>
    <message>
      <source>&amp;Organisation</source>
      <translation>&amp;Urwego</translation>
    </message>
    <message>
      <source>&amp;Add-ons</source>
      <translation>&amp;Inyongera</translation>
    </message>
    <message>
      <source>&amp;Notes</source>
      <translation>&amp;Icyitonderwa</translation>
    </message>
    <message>
      <source>Price estimate</source>
      <translation>Igereranya ry'igiciro</translation>
    </message>
    <message>
      <source>{0} — {1} per person, {2}–{3} guests</source>
      <translation>{0} — {1} ku muntu, abashyitsi {2}–{3}</translation>
    </message>
    <message>
      <source>{0} — {1} {2}</source>
      <translation>{0} — {1} {2}</translation>
    </message>
    <message>
      <source>{0} is for {1} to {2} guests.</source>
      <translation>{0} ni iy'abashyitsi {1} kugeza kuri {2}.</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Igiteranyo</translation>
    </message>
    <message numerus="yes">
      <source>%n guest(s) × {price}</source>
      <translation>
        <numerusform>Umushyitsi %n × {price}</numerusform>
        <numerusform>Abashyitsi %n × {price}</numerusform>
      </translation>
    </message>
    <message>
      <source>(large-group rate)</source>
      <translation>(igiciro cy'itsinda rinini)</translation>
    </message>
    <message>
      <source>Setup</source>
      <translation>Amafaranga yo gutegura</translation>
    </message>
    <message numerus="yes">
      <source>{addon}: %n × {price}</source>
      <translation>
        <numerusform>{addon}: %n × {price}</numerusform>
        <numerusform>{addon}: %n × {price}</numerusform>
      </translation>
    </message>
    <message>
      <source>There is no catering package yet; an administrator adds them.</source>
      <translation>Nta paki yo kugaburira ibirori irashyirwaho; umuyobozi wa sisitemu ni we uzishyiraho.</translation>
    </message>
    <message>
      <source>Request {0} saved — estimate {1}.</source>
      <translation>Ubusabe {0} bwabitswe — igereranya {1}.</translation>
    </message>
  </context>
  <context>
    <name>CalendarPage</name>
    <message>
      <source>&amp;Week</source>
      <translation>&amp;Icyumweru</translation>
    </message>
    <message>
      <source>One nutritionist's week</source>
      <translation>Icyumweru cy'impuguke mu mirire</translation>
    </message>
    <message>
      <source>&amp;Day — everyone</source>
      <translation>&amp;Umunsi — bose</translation>
    </message>
    <message>
      <source>One day across all nutritionists</source>
      <translation>Umunsi umwe ku mpuguke zose mu mirire</translation>
    </message>
    <message>
      <source>&amp;Month</source>
      <translation>&amp;Ukwezi</translation>
    </message>
    <message>
      <source>One nutritionist's month at a glance</source>
      <translation>Ukwezi kw'impuguke mu mirire muri rusange</translation>
    </message>
    <message>
      <source>◀ &amp;Previous</source>
      <translation>◀ &amp;Ibibanza</translation>
    </message>
    <message>
      <source>&amp;Today</source>
      <translation>&amp;Uyu munsi</translation>
    </message>
    <message>
      <source>&amp;Next ▶</source>
      <translation>&amp;Ibikurikira ▶</translation>
    </message>
    <message>
      <source>Mon</source>
      <translation>Mbe</translation>
    </message>
    <message>
      <source>Tue</source>
      <translation>Kab</translation>
    </message>
    <message>
      <source>Wed</source>
      <translation>Gat</translation>
    </message>
    <message>
      <source>Thu</source>
      <translation>Kan</translation>
    </message>
    <message>
      <source>Fri</source>
      <translation>Gnu</translation>
    </message>
    <message>
      <source>Sat</source>
      <translation>Gdt</translation>
    </message>
    <message>
      <source>Sun</source>
      <translation>Cyu</translation>
    </message>
    <message>
      <source>Set consulting &amp;hours…</source>
      <translation>Shyiraho &amp;amasaha y'ubujyanama…</translation>
    </message>
    <message>
      <source>Click a free slot to book · right-click a slot for what you can do · drag a booking onto a free slot to move it</source>
      <translation>Kanda ku gihe kidafite gahunda ufate gahunda · kanda iburyo ku gihe ubone ibyo ushobora gukora · kurura gahunda uyishyire ku gihe kidafite gahunda kugira ngo uyimure</translation>
    </message>
    <message>
      <source>&amp;Who</source>
      <translation>&amp;Nde</translation>
    </message>
    <message>
      <source>No nutritionist on the staff list yet</source>
      <translation>Nta mpuguke mu mirire iri ku rutonde rw'abakozi</translation>
    </message>
    <message>
      <source>&lt;b&gt;You have not set your consulting hours yet&lt;/b&gt;, so nobody can book you. Set your weekly hours once and this calendar fills with 30-minute slots.</source>
      <translation>&lt;b&gt;Ntabwo urashyiraho amasaha yawe y'ubujyanama&lt;/b&gt;, bityo nta muntu ushobora kugufatira gahunda. Shyiraho amasaha yawe y'icyumweru rimwe, maze iyi kalendari yuzure amasaha y'iminota 30.</translation>
    </message>
    <message>
      <source>&lt;b&gt;{names}: no consulting hours set yet&lt;/b&gt;, so nobody can book them. Set their weekly hours in Availability and time off.</source>
      <translation>&lt;b&gt;{names}: nta masaha y'ubujyanama arashyirwaho&lt;/b&gt;, bityo nta muntu ushobora kubafatira gahunda. Shyiraho amasaha yabo y'icyumweru muri Amasaha n'ibiruhuko.</translation>
    </message>
    <message>
      <source>&lt;b&gt;{names}: no consulting hours set yet&lt;/b&gt;, so nobody can book them. Ask them, or an administrator, to set the hours in Availability and time off.</source>
      <translation>&lt;b&gt;{names}: nta masaha y'ubujyanama arashyirwaho&lt;/b&gt;, bityo nta muntu ushobora kubafatira gahunda. Basabe, cyangwa usabe umuyobozi wa sisitemu, gushyiraho amasaha muri Amasaha n'ibiruhuko.</translation>
    </message>
    <message>
      <source>Set my consulting &amp;hours…</source>
      <translation>Shyiraho &amp;amasaha yanjye y'ubujyanama…</translation>
    </message>
    <message>
      <source>No consulting hours set yet</source>
      <translation>Nta masaha y'ubujyanama arashyirwaho</translation>
    </message>
    <message>
      <source>No consulting hours on {weekday}s</source>
      <translation>Nta bujyanama buba {weekday}</translation>
    </message>
    <message>
      <source>Time off: {reason}</source>
      <translation>Ikiruhuko: {reason}</translation>
    </message>
    <message>
      <source>Time off</source>
      <translation>Ikiruhuko</translation>
    </message>
    <message>
      <source>free</source>
      <translation>nta gahunda</translation>
    </message>
    <message>
      <source>no-show: </source>
      <translation>ntiyaje: </translation>
    </message>
    <message>
      <source>cancelled: {name}</source>
      <translation>yahagaritswe: {name}</translation>
    </message>
    <message>
      <source>(a booking for {name} was cancelled)</source>
      <translation>(gahunda ya {name} yahagaritswe)</translation>
    </message>
    <message>
      <source>{day}
● today</source>
      <translation>{day}
● uyu munsi</translation>
    </message>
    <message>
      <source>Today</source>
      <translation>Uyu munsi</translation>
    </message>
    <message>
      <source>Not consulting at this time</source>
      <translation>Nta bujyanama kuri iyi saha</translation>
    </message>
    <message>
      <source>Double-click or Enter: the week of {day}</source>
      <translation>Kanda kabiri cyangwa Enter: icyumweru cya {day}</translation>
    </message>
    <message>
      <source>{month} — {name}</source>
      <translation>{month} — {name}</translation>
    </message>
    <message numerus="yes">
      <source>%n booked</source>
      <translation>
        <numerusform>%n yafashwe</numerusform>
        <numerusform>%n zafashwe</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n free</source>
      <translation>
        <numerusform>%n idafite gahunda</numerusform>
        <numerusform>%n zidafite gahunda</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n seen or missed</source>
      <translation>
        <numerusform>%n yabaye cyangwa yasibwe</numerusform>
        <numerusform>%n zabaye cyangwa zasibwe</numerusform>
      </translation>
    </message>
    <message>
      <source>past</source>
      <translation>byarangiye</translation>
    </message>
    <message>
      <source>Book…</source>
      <translation>Fata gahunda…</translation>
    </message>
    <message>
      <source>Reschedule…</source>
      <translation>Imura…</translation>
    </message>
    <message>
      <source>Cancel…</source>
      <translation>Hagarika…</translation>
    </message>
    <message>
      <source>Mark completed</source>
      <translation>Emeza ko yarangiye</translation>
    </message>
    <message>
      <source>Mark no-show</source>
      <translation>Andika ko atitabiriye</translation>
    </message>
    <message>
      <source>Nothing to do: this slot has passed</source>
      <translation>Nta cyo gukora: iki gihe cyarenze</translation>
    </message>
    <message>
      <source>Nothing to do: the consultation took place</source>
      <translation>Nta cyo gukora: ubujyanama bwarabaye</translation>
    </message>
    <message>
      <source>Nothing to do: marked no-show</source>
      <translation>Nta cyo gukora: byanditswe ko atitabiriye</translation>
    </message>
    <message>
      <source>Nothing you may do with this slot</source>
      <translation>Nta cyo ushobora gukora kuri iki gihe</translation>
    </message>
    <message>
      <source>Completed / no-show: once it has started</source>
      <translation>Yarangiye / ntiyaje: bimaze gutangira</translation>
    </message>
    <message>
      <source>Completed / no-show: only its nutritionist or the desk</source>
      <translation>Yarangiye / ntiyaje: impuguke yayo mu mirire cyangwa abakira abantu gusa</translation>
    </message>
    <message>
      <source>Only a booked consultation can be moved.</source>
      <translation>Gahunda y'ubujyanama yafashwe ni yo yonyine ishobora kwimurwa.</translation>
    </message>
    <message>
      <source>Drop it on a free slot; {when} is not free.</source>
      <translation>Yishyire ku gihe kidafite gahunda; {when} gifite gahunda.</translation>
    </message>
    <message>
      <source>Book {name} — {when}</source>
      <translation>Fatira {name} gahunda — {when}</translation>
    </message>
    <message>
      <source>Booked {customer} with {nutritionist}.</source>
      <translation>{customer} yafatiwe gahunda na {nutritionist}.</translation>
    </message>
    <message>
      <source>No free slot in the next 60 days.</source>
      <translation>Nta gihe kidafite gahunda mu minsi 60 iri imbere.</translation>
    </message>
    <message>
      <source>Reschedule</source>
      <translation>Imura</translation>
    </message>
    <message>
      <source>New time for {customer} (or drag the booking onto a free slot):</source>
      <translation>Igihe gishya cya {customer} (cyangwa kurura gahunda uyishyire ku gihe kidafite gahunda):</translation>
    </message>
    <message>
      <source>{customer} moved to {when} with {nutritionist}.</source>
      <translation>Gahunda ya {customer} yimuriwe {when} na {nutritionist}.</translation>
    </message>
    <message>
      <source>Consultation with {customer} cancelled.</source>
      <translation>Ubujyanama na {customer} bwahagaritswe.</translation>
    </message>
  </context>
  <context>
    <name>CancelDialog</name>
    <message>
      <source>Cancel consultation</source>
      <translation>Hagarika ubujyanama</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Impamvu</translation>
    </message>
    <message>
      <source>e.g. patient discharged</source>
      <translation>urugero: umurwayi yasezerewe</translation>
    </message>
  </context>
  <context>
    <name>CancelRequestDialog</name>
    <message>
      <source>Cancel {0}</source>
      <translation>Hagarika {0}</translation>
    </message>
    <message>
      <source>Cancel the request</source>
      <translation>Hagarika ubusabe</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Impamvu</translation>
    </message>
  </context>
  <context>
    <name>CancelSubscriptionDialog</name>
    <message>
      <source>Cancel {0}'s {1}</source>
      <translation>Hagarika {1} ya {0}</translation>
    </message>
    <message>
      <source>Cancel the subscription</source>
      <translation>Hagarika ifatabuguzi</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Impamvu</translation>
    </message>
  </context>
  <context>
    <name>CashMovementDialog</name>
    <message>
      <source>&amp;Amount (RWF)</source>
      <translation>&amp;Amafaranga (RWF)</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Impamvu</translation>
    </message>
  </context>
  <context>
    <name>CateringPage</name>
    <message>
      <source>New request</source>
      <translation>Ubusabe bushya</translation>
    </message>
    <message>
      <source>Requests</source>
      <translation>Ubusabe</translation>
    </message>
    <message>
      <source>Packages</source>
      <translation>Amapaki</translation>
    </message>
  </context>
  <context>
    <name>ChartPanel</name>
    <message>
      <source>PNG</source>
      <translation>PNG</translation>
    </message>
    <message>
      <source>Save this chart as a picture</source>
      <translation>Bika iki gishushanyo nk'ifoto</translation>
    </message>
    <message>
      <source>CSV</source>
      <translation>CSV</translation>
    </message>
    <message>
      <source>Save this chart's figures for a spreadsheet</source>
      <translation>Bika imibare y'iki gishushanyo ikoreshwe muri Excel</translation>
    </message>
    <message>
      <source>Save {title}</source>
      <translation>Bika {title}</translation>
    </message>
  </context>
  <context>
    <name>CloseShiftDialog</name>
    <message>
      <source>Submit the count</source>
      <translation>Ohereza ibyabazwe</translation>
    </message>
    <message>
      <source>Close the shift at {desk}</source>
      <translation>Funga igihe cy'akazi kuri {desk}</translation>
    </message>
    <message>
      <source>notes</source>
      <translation>inoti</translation>
    </message>
    <message>
      <source>coins</source>
      <translation>ibiceri</translation>
    </message>
    <message>
      <source>{value} RWF {kind}</source>
      <translation>{kind} za {value} RWF</translation>
    </message>
    <message>
      <source>Cash counted</source>
      <translation>Amafaranga yabazwe</translation>
    </message>
    <message>
      <source>as recorded</source>
      <translation>nk'uko byanditswe</translation>
    </message>
    <message>
      <source>recorded: {amount}</source>
      <translation>byanditswe: {amount}</translation>
    </message>
  </context>
  <context>
    <name>CohortModel</name>
    <message>
      <source>Nobody placed a first order in {month}.</source>
      <translation>Nta muntu watanze komande ye ya mbere muri {month}.</translation>
    </message>
    <message>
      <source>This month has not started yet.</source>
      <translation>Uku kwezi ntikuratangira.</translation>
    </message>
    <message>
      <source>{share} of the {month} cohort ordered {months} month(s) later.</source>
      <translation>{share} y'abakiriya batangiye muri {month} bongeye gutumiza nyuma y'amezi {months}.</translation>
    </message>
    <message>
      <source>That month is not over yet: the share can still grow.</source>
      <translation>Uku kwezi ntikurarangira: iyi ngano ishobora kwiyongera.</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>Abakiriya</translation>
    </message>
  </context>
  <context>
    <name>ContractDialog</name>
    <message>
      <source>Edit contract — {0}</source>
      <translation>Hindura amasezerano — {0}</translation>
    </message>
    <message>
      <source>New contract — {0}</source>
      <translation>Amasezerano mashya — {0}</translation>
    </message>
    <message>
      <source>&amp;Code</source>
      <translation>&amp;Kode</translation>
    </message>
    <message>
      <source>&amp;Starts</source>
      <translation>&amp;Atangira</translation>
    </message>
    <message>
      <source>&amp;Ends</source>
      <translation>&amp;Arangira</translation>
    </message>
    <message>
      <source>&amp;Discount %</source>
      <translation>&amp;Igabanuka %</translation>
    </message>
    <message>
      <source>Monthly &amp;allowance per employee</source>
      <translation>&amp;Amafaranga ya buri kwezi ku mukozi</translation>
    </message>
    <message>
      <source>&amp;Billing</source>
      <translation>&amp;Uko yishyurwa</translation>
    </message>
    <message>
      <source>Company is invoiced (up to the allowance)</source>
      <translation>Ikigo ni cyo cyishyuzwa (kugeza ku mafaranga yagenwe)</translation>
    </message>
    <message>
      <source>Employee pays (discount only)</source>
      <translation>Umukozi ni we wishyura (igabanuka gusa)</translation>
    </message>
    <message>
      <source>S&amp;tatus</source>
      <translation>&amp;Uko bihagaze</translation>
    </message>
  </context>
  <context>
    <name>ContractsTab</name>
    <message>
      <source>Code</source>
      <translation>Kode</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Kuva</translation>
    </message>
    <message>
      <source>To</source>
      <translation>Kugeza</translation>
    </message>
    <message>
      <source>Discount</source>
      <translation>Igabanuka</translation>
    </message>
    <message>
      <source>Monthly allowance</source>
      <translation>Amafaranga ya buri kwezi</translation>
    </message>
    <message>
      <source>Billing</source>
      <translation>Uko yishyurwa</translation>
    </message>
    <message>
      <source>&amp;New contract…</source>
      <translation>&amp;Amasezerano mashya…</translation>
    </message>
    <message>
      <source>&amp;Edit contract…</source>
      <translation>&amp;Hindura amasezerano…</translation>
    </message>
    <message>
      <source>Choose a contract first.</source>
      <translation>Banza uhitemo amasezerano.</translation>
    </message>
    <message>
      <source>Add or choose a partner first.</source>
      <translation>Banza wongereho cyangwa uhitemo umufatanyabikorwa.</translation>
    </message>
    <message>
      <source>Contract {0} saved.</source>
      <translation>Amasezerano {0} yabitswe.</translation>
    </message>
  </context>
  <context>
    <name>CorporatePage</name>
    <message>
      <source>New &amp;partner…</source>
      <translation>Umufatanyabikorwa &amp;mushya…</translation>
    </message>
    <message>
      <source>&amp;Edit partner…</source>
      <translation>&amp;Hindura umufatanyabikorwa…</translation>
    </message>
    <message>
      <source>Contracts</source>
      <translation>Amasezerano</translation>
    </message>
    <message>
      <source>Employees</source>
      <translation>Abakozi</translation>
    </message>
    <message>
      <source>Monthly statement</source>
      <translation>Raporo y'ukwezi</translation>
    </message>
    <message>
      <source>Partners</source>
      <translation>Abafatanyabikorwa</translation>
    </message>
    <message numerus="yes">
      <source>{0}  (%n employee(s))</source>
      <translation>
        <numerusform>{0}  (umukozi %n)</numerusform>
        <numerusform>{0}  (abakozi %n)</numerusform>
      </translation>
    </message>
    <message>
      <source>{0} added.</source>
      <translation>{0} yongeweho.</translation>
    </message>
    <message>
      <source>{0} saved.</source>
      <translation>{0} yabitswe.</translation>
    </message>
  </context>
  <context>
    <name>CustomerDialog</name>
    <message>
      <source>Patient (ward and bed)</source>
      <translation>Umurwayi (serivisi n'igitanda)</translation>
    </message>
    <message>
      <source>Company employee ({company})</source>
      <translation>Umukozi w'ikigo ({company})</translation>
    </message>
    <message>
      <source>Edit customer</source>
      <translation>Hindura umukiriya</translation>
    </message>
    <message>
      <source>New customer</source>
      <translation>Umukiriya mushya</translation>
    </message>
    <message>
      <source>07XXXXXXXX</source>
      <translation>07XXXXXXXX</translation>
    </message>
    <message>
      <source>&amp;Type</source>
      <translation>&amp;Ubwoko</translation>
    </message>
    <message>
      <source>Full &amp;name</source>
      <translation>&amp;Amazina yose</translation>
    </message>
    <message>
      <source>&amp;Phone</source>
      <translation>&amp;Telefoni</translation>
    </message>
    <message>
      <source>&amp;E-mail</source>
      <translation>&amp;Imeyili</translation>
    </message>
    <message>
      <source>&amp;Ward</source>
      <translation>&amp;Serivisi</translation>
    </message>
    <message>
      <source>&amp;Bed</source>
      <translation>&amp;Igitanda</translation>
    </message>
    <message>
      <source>&amp;Allergies</source>
      <translation>&amp;Aleriji</translation>
    </message>
    <message>
      <source>&amp;Diet notes</source>
      <translation>Icyitonderwa ku &amp;ndyo</translation>
    </message>
    <message>
      <source>&amp;Receipts in</source>
      <translation>&amp;Inyemezabwishyu mu</translation>
    </message>
  </context>
  <context>
    <name>CustomerPicker</name>
    <message>
      <source>Customer name, phone, ward/bed…</source>
      <translation>Izina ry'umukiriya, telefoni, serivisi/igitanda…</translation>
    </message>
    <message>
      <source>&amp;New customer…</source>
      <translation>Umukiriya &amp;mushya…</translation>
    </message>
  </context>
  <context>
    <name>CustomerRecord</name>
    <message>
      <source>Choose a customer on the left.</source>
      <translation>Hitamo umukiriya ibumoso.</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Igihe</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Igiteranyo</translation>
    </message>
    <message>
      <source>Nutritionist</source>
      <translation>Impuguke mu mirire</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Impamvu</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Yafunguwe</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Icyiciro</translation>
    </message>
    <message>
      <source>Calories</source>
      <translation>Kalori</translation>
    </message>
    <message>
      <source>Forbidden</source>
      <translation>Ibibujijwe</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Ipaki</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Kuva</translation>
    </message>
    <message>
      <source>Charged</source>
      <translation>Byishyujwe</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>Consultations</source>
      <translation>Ubujyanama</translation>
    </message>
    <message>
      <source>Meal plans</source>
      <translation>Gahunda z'imirire</translation>
    </message>
    <message>
      <source>Meal packages</source>
      <translation>Amapaki y'amafunguro</translation>
    </message>
    <message>
      <source>none known</source>
      <translation>nta izwi</translation>
    </message>
    <message>
      <source>no phone</source>
      <translation>nta telefoni</translation>
    </message>
    <message>
      <source>Allergies: &lt;b&gt;{allergies}&lt;/b&gt;</source>
      <translation>Aleriji: &lt;b&gt;{allergies}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Diet notes: {notes}</source>
      <translation>Icyitonderwa ku ndyo: {notes}</translation>
    </message>
    <message>
      <source>Admitted to {place} since {when}</source>
      <translation>Ari muri {place} kuva {when}</translation>
    </message>
  </context>
  <context>
    <name>CustomersPage</name>
    <message>
      <source>Name, phone, reference, ward/bed or employee number</source>
      <translation>Izina, telefoni, nomero, serivisi/igitanda cyangwa nomero y'umukozi</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Izina</translation>
    </message>
    <message>
      <source>Ref.</source>
      <translation>Nomero</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefoni</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Aho ari</translation>
    </message>
    <message>
      <source>The customers found show here: type a name, phone, reference, ward/bed or employee number above.</source>
      <translation>Abakiriya babonetse bagaragara hano: andika hejuru izina, telefoni, nomero, serivisi/igitanda cyangwa nomero y'umukozi.</translation>
    </message>
    <message>
      <source>&amp;New customer…</source>
      <translation>Umukiriya &amp;mushya…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Hindura…</translation>
    </message>
    <message>
      <source>{name} saved as {reference}.</source>
      <translation>{name} yanditswe kuri {reference}.</translation>
    </message>
  </context>
  <context>
    <name>DeviceDialog</name>
    <message>
      <source>EBM controller</source>
      <translation>Igenzura rya EBM</translation>
    </message>
    <message>
      <source>&amp;Address</source>
      <translation>&amp;Aderesi</translation>
    </message>
    <message>
      <source>Seller's &amp;TIN</source>
      <translation>&amp;TIN y'ugurisha</translation>
    </message>
    <message>
      <source>&amp;Branch</source>
      <translation>&amp;Ishami</translation>
    </message>
    <message>
      <source>Device &amp;serial</source>
      <translation>Nomero &amp;y'igikoresho</translation>
    </message>
    <message>
      <source>&amp;Receipts</source>
      <translation>&amp;Inyemezabwishyu</translation>
    </message>
  </context>
  <context>
    <name>DietOrderDialog</name>
    <message>
      <source>Diet order — {patient}</source>
      <translation>Indyo yategetswe — {patient}</translation>
    </message>
    <message>
      <source>Therapeutic diets</source>
      <translation>Indyo zo kuvura</translation>
    </message>
    <message>
      <source>Food texture (IDDSI)</source>
      <translation>Imiterere y'ibiryo (IDDSI)</translation>
    </message>
    <message>
      <source>Drinks (IDDSI)</source>
      <translation>Ibinyobwa (IDDSI)</translation>
    </message>
    <message>
      <source>0 Thin</source>
      <translation>0 Biyoroshye</translation>
    </message>
    <message>
      <source>1 Slightly thick</source>
      <translation>1 Byijimye gato cyane</translation>
    </message>
    <message>
      <source>2 Mildly thick</source>
      <translation>2 Byijimye gato</translation>
    </message>
    <message>
      <source>3 Moderately thick</source>
      <translation>3 Byijimye bigereranyije</translation>
    </message>
    <message>
      <source>4 Extremely thick</source>
      <translation>4 Byijimye cyane</translation>
    </message>
    <message>
      <source>Nothing by mouth</source>
      <translation>Nta kintu kinyuzwa mu kanwa</translation>
    </message>
    <message>
      <source>NPO</source>
      <translation>Ntarya ntanywa</translation>
    </message>
    <message>
      <source>NPO reason</source>
      <translation>Impamvu yo kutarya no kutanywa</translation>
    </message>
    <message>
      <source>NPO until</source>
      <translation>Ntarya ntanywa kugeza</translation>
    </message>
    <message>
      <source>Allergens</source>
      <translation>Ibitera aleriji</translation>
    </message>
    <message>
      <source>Intolerances</source>
      <translation>Ibyo umubiri utihanganira</translation>
    </message>
    <message>
      <source>Notes</source>
      <translation>Icyitonderwa</translation>
    </message>
  </context>
  <context>
    <name>DischargeDialog</name>
    <message>
      <source>Discharge {patient}</source>
      <translation>Gusezerera {patient}</translation>
    </message>
    <message>
      <source>Discharge</source>
      <translation>Gusezerera</translation>
    </message>
    <message>
      <source>Looking at what discharge will do…</source>
      <translation>Turareba ingaruka zo gusezerera…</translation>
    </message>
    <message>
      <source>Settle by</source>
      <translation>Kwishyura ukoresheje</translation>
    </message>
    <message>
      <source>Cash received</source>
      <translation>Amafaranga yakiriwe</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Nomero</translation>
    </message>
    <message>
      <source>{number}: {meal} {when}, {total}</source>
      <translation>{number}: {meal} {when}, {total}</translation>
    </message>
    <message>
      <source>paid: cancel it in the order queue first</source>
      <translation>yishyuwe: banza uyihagarike mu murongo wa komande</translation>
    </message>
    <message>
      <source>Deliveries cancelled (reason: patient discharged):</source>
      <translation>Ibyagombaga kugezwa byahagaritswe (impamvu: umurwayi yasezerewe):</translation>
    </message>
    <message>
      <source>none</source>
      <translation>nta na kimwe</translation>
    </message>
    <message>
      <source>On the patient's account: &lt;b&gt;{due}&lt;/b&gt;</source>
      <translation>Ku ideni ry'umurwayi: &lt;b&gt;{due}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Meal packages paused: {n}</source>
      <translation>Amapaki y'amafunguro yahagaritswe by'agateganyo: {n}</translation>
    </message>
  </context>
  <context>
    <name>EmployeesTab</name>
    <message>
      <source>active</source>
      <translation>akora</translation>
    </message>
    <message>
      <source>left</source>
      <translation>yagiye</translation>
    </message>
    <message>
      <source>Employee no.</source>
      <translation>Nomero y'umukozi</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Izina</translation>
    </message>
    <message>
      <source>Phone</source>
      <translation>Telefoni</translation>
    </message>
    <message>
      <source>Enrolled</source>
      <translation>Yanditswe</translation>
    </message>
    <message>
      <source>&amp;Enrol…</source>
      <translation>&amp;Andika…</translation>
    </message>
    <message>
      <source>&amp;Import CSV…</source>
      <translation>&amp;Injiza CSV…</translation>
    </message>
    <message>
      <source>Mark as &amp;left / back</source>
      <translation>Andika ko &amp;yagiye / yagarutse</translation>
    </message>
    <message>
      <source>Add or choose a partner first.</source>
      <translation>Banza wongereho cyangwa uhitemo umufatanyabikorwa.</translation>
    </message>
    <message>
      <source>{0} enrolled.</source>
      <translation>{0} yanditswe.</translation>
    </message>
    <message>
      <source>Import employees</source>
      <translation>Injiza abakozi</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Importing employees from {0}…</source>
      <translation>Turinjiza abakozi bavuye muri {0}…</translation>
    </message>
    <message numerus="yes">
      <source>%n employee(s) imported from {0}.</source>
      <translation>
        <numerusform>Umukozi %n yinjijwe avuye muri {0}.</numerusform>
        <numerusform>Abakozi %n binjijwe bavuye muri {0}.</numerusform>
      </translation>
    </message>
    <message>
      <source>The import of {0}</source>
      <translation>Kwinjiza {0}</translation>
    </message>
    <message>
      <source>Choose an employee first.</source>
      <translation>Banza uhitemo umukozi.</translation>
    </message>
  </context>
  <context>
    <name>EnrolDialog</name>
    <message>
      <source>Enrol an employee of {0}</source>
      <translation>Andika umukozi wa {0}</translation>
    </message>
    <message>
      <source>Enrol</source>
      <translation>Andika</translation>
    </message>
    <message>
      <source>Employee &amp;number</source>
      <translation>&amp;Nomero y'umukozi</translation>
    </message>
    <message>
      <source>&amp;Full name</source>
      <translation>&amp;Amazina yose</translation>
    </message>
    <message>
      <source>&amp;Phone</source>
      <translation>&amp;Telefoni</translation>
    </message>
    <message>
      <source>07XXXXXXXX</source>
      <translation>07XXXXXXXX</translation>
    </message>
  </context>
  <context>
    <name>FirstRunDialog</name>
    <message>
      <source>Dusangire Desktop — First start</source>
      <translation>Dusangire Desktop — Gutangira bwa mbere</translation>
    </message>
    <message>
      <source>&amp;Load demo data (a realistic hospital, for training and demos)</source>
      <translation>&amp;Shyiramo amakuru y'imyitozo (ibitaro bisa n'ibyukuri, byo kwigiraho no kwerekana)</translation>
    </message>
    <message>
      <source>Full &amp;name</source>
      <translation>&amp;Amazina yose</translation>
    </message>
    <message>
      <source>&amp;Username</source>
      <translation>&amp;Izina ukoresha</translation>
    </message>
    <message>
      <source>&amp;Password</source>
      <translation>&amp;Ijambo ry'ibanga</translation>
    </message>
    <message>
      <source>&amp;Confirm password</source>
      <translation>&amp;Emeza ijambo ry'ibanga</translation>
    </message>
    <message>
      <source>At least {length} characters, with letters and digits, not containing the username.</source>
      <translation>Nibura inyuguti {length}, zirimo inyuguti n'imibare, kandi ritarimo izina ukoresha.</translation>
    </message>
    <message>
      <source>Create administrator</source>
      <translation>Shyiraho umuyobozi wa sisitemu</translation>
    </message>
    <message>
      <source>Welcome to Dusangire Desktop</source>
      <translation>Murakaza neza muri Dusangire Desktop</translation>
    </message>
    <message>
      <source>This database ({database}) has no staff accounts yet. Create the administrator account first.</source>
      <translation>Iyi bubiko bw'amakuru ({database}) nta konti y'umukozi iragira. Banza ushyireho konti y'umuyobozi wa sisitemu.</translation>
    </message>
    <message>
      <source>The two passwords differ; type them again.</source>
      <translation>Amagambo y'ibanga yombi ntasa; ongera uyandike.</translation>
    </message>
  </context>
  <context>
    <name>FiscalSender</name>
    <message>
      <source>Fiscal receipt PDF…</source>
      <translation>PDF y'inyemezabwishyu y'imisoro…</translation>
    </message>
    <message>
      <source>Fiscal receipt {number} signed.</source>
      <translation>Inyemezabwishyu y'imisoro {number} yashyizweho umukono.</translation>
    </message>
    <message>
      <source>Fiscal receipt pending: the EBM controller is not answering. The sale is saved; its receipt prints once signed (Till → Fiscal receipts).</source>
      <translation>Inyemezabwishyu y'imisoro itegereje: igenzura rya EBM ntirisubiza. Igurishwa ryabitswe; inyemezabwishyu yaryo izacapwa imaze gushyirwaho umukono (Kesi → Inyemezabwishyu z'imisoro).</translation>
    </message>
    <message>
      <source>Save fiscal receipt</source>
      <translation>Bika inyemezabwishyu y'imisoro</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>FiscalTab</name>
    <message>
      <source>Order</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Ubwoko</translation>
    </message>
    <message>
      <source>Invoice</source>
      <translation>Fagitire</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>Attempts</source>
      <translation>Inshuro zageragejwe</translation>
    </message>
    <message>
      <source>Last problem</source>
      <translation>Ikibazo giheruka</translation>
    </message>
    <message>
      <source>Nothing is waiting: every fiscal receipt has been signed by the controller.</source>
      <translation>Nta gitegereje: inyemezabwishyu z'imisoro zose zashyizweho umukono n'igenzura.</translation>
    </message>
    <message>
      <source>&amp;Send now</source>
      <translation>&amp;Ohereza ubu</translation>
    </message>
    <message>
      <source>order number, e.g. D-000123</source>
      <translation>nomero ya komande, urugero D-000123</translation>
    </message>
    <message>
      <source>Reprint &amp;COPY as PDF…</source>
      <translation>Ongera ucape &amp;KOPI muri PDF…</translation>
    </message>
    <message>
      <source>&amp;Daily fiscal report PDF…</source>
      <translation>Raporo y'imisoro &amp;y'umunsi muri PDF…</translation>
    </message>
    <message>
      <source>Controller…</source>
      <translation>Igenzura…</translation>
    </message>
    <message>
      <source>{kind} (copy)</source>
      <translation>{kind} (kopi)</translation>
    </message>
    <message numerus="yes">
      <source>%n receipt(s) waiting for the controller.</source>
      <translation>
        <numerusform>Inyemezabwishyu %n itegereje igenzura.</numerusform>
        <numerusform>Inyemezabwishyu %n zitegereje igenzura.</numerusform>
      </translation>
    </message>
    <message>
      <source>Save the daily fiscal report</source>
      <translation>Bika raporo y'imisoro y'umunsi</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Daily fiscal report</source>
      <translation>Raporo y'imisoro y'umunsi</translation>
    </message>
    <message>
      <source>Daily fiscal report saved to {path}</source>
      <translation>Raporo y'imisoro y'umunsi yabitswe muri {path}</translation>
    </message>
    <message numerus="yes">
      <source>%n receipt(s) signed.</source>
      <translation>
        <numerusform>Inyemezabwishyu %n yashyizweho umukono.</numerusform>
        <numerusform>Inyemezabwishyu %n zashyizweho umukono.</numerusform>
      </translation>
    </message>
    <message>
      <source>The copy of {number} waits for the EBM controller, which is not answering; reprint it again once the controller answers.</source>
      <translation>Kopi ya {number} itegereje igenzura rya EBM ritarimo gusubiza; ongera uyicape igenzura rimaze gusubiza.</translation>
    </message>
    <message>
      <source>Save the copy</source>
      <translation>Bika kopi</translation>
    </message>
    <message>
      <source>Copy saved to {path}</source>
      <translation>Kopi yabitswe muri {path}</translation>
    </message>
  </context>
  <context>
    <name>FormDialog</name>
    <message>
      <source>Save</source>
      <translation>Bika</translation>
    </message>
  </context>
  <context>
    <name>LargeGroupDialog</name>
    <message>
      <source>Large-group rate of {0}</source>
      <translation>Igiciro cy'itsinda rinini cya {0}</translation>
    </message>
    <message>
      <source>&amp;From how many guests (0: none)</source>
      <translation>&amp;Guhera ku bashyitsi bangahe (0: nta na rimwe)</translation>
    </message>
    <message>
      <source>&amp;Price per person (RWF)</source>
      <translation>&amp;Igiciro ku muntu (RWF)</translation>
    </message>
  </context>
  <context>
    <name>LoginDialog</name>
    <message>
      <source>Dusangire Desktop — Sign in</source>
      <translation>Dusangire Desktop — Kwinjira</translation>
    </message>
    <message>
      <source>e.g. a.uwase</source>
      <translation>urugero: a.uwase</translation>
    </message>
    <message>
      <source>&amp;Username</source>
      <translation>&amp;Izina ukoresha</translation>
    </message>
    <message>
      <source>&amp;Password</source>
      <translation>&amp;Ijambo ry'ibanga</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Ururimi</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Injira</translation>
    </message>
    <message>
      <source>Opening the database…</source>
      <translation>Turafungura ububiko bw'amakuru…</translation>
    </message>
    <message>
      <source>Dusangire Desktop</source>
      <translation>Dusangire Desktop</translation>
    </message>
    <message>
      <source>Sign in to continue.</source>
      <translation>Injira kugira ngo ukomeze.</translation>
    </message>
    <message>
      <source>Database: {database}</source>
      <translation>Ububiko bw'amakuru: {database}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Dusangire Desktop — {name}</source>
      <translation>Dusangire Desktop — {name}</translation>
    </message>
    <message>
      <source>● checking…</source>
      <translation>● turagenzura…</translation>
    </message>
    <message>
      <source>Working…</source>
      <translation>Biri gukorwa…</translation>
    </message>
    <message>
      <source>Your own password is set: every area of your role is open now.</source>
      <translation>Ijambo ryawe ry'ibanga ryashyizweho: ibice byose by'inshingano zawe birafunguye ubu.</translation>
    </message>
    <message>
      <source>&amp;File</source>
      <translation>&amp;Dosiye</translation>
    </message>
    <message>
      <source>&amp;Sign out</source>
      <translation>&amp;Sohoka</translation>
    </message>
    <message>
      <source>&amp;Quit</source>
      <translation>&amp;Funga porogaramu</translation>
    </message>
    <message>
      <source>&amp;Go</source>
      <translation>&amp;Jya kuri</translation>
    </message>
    <message>
      <source>&amp;Help</source>
      <translation>&amp;Ubufasha</translation>
    </message>
    <message>
      <source>&amp;About Dusangire Desktop</source>
      <translation>&amp;Ibyerekeye Dusangire Desktop</translation>
    </message>
    <message>
      <source>About Dusangire Desktop</source>
      <translation>Ibyerekeye Dusangire Desktop</translation>
    </message>
    <message>
      <source>Dusangire Desktop {version}
Database: {database}</source>
      <translation>Dusangire Desktop {version}
Ububiko bw'amakuru: {database}</translation>
    </message>
    <message>
      <source>● connected</source>
      <translation>● bihujwe</translation>
    </message>
    <message>
      <source>The database is back. You can carry on.</source>
      <translation>Ububiko bw'amakuru bwagarutse. Ushobora gukomeza.</translation>
    </message>
    <message>
      <source>● database unreachable — retrying</source>
      <translation>● ububiko bw'amakuru ntibuboneka — turongera tugerageza</translation>
    </message>
    <message>
      <source>The database ({database}) cannot be reached. Your open forms are kept; saving works again as soon as it is back.</source>
      <translation>Ububiko bw'amakuru ({database}) ntibuboneka. Amafishi wafunguye arabitswe; kubika birongera gukora bukimara kugaruka.</translation>
    </message>
    <message>
      <source>You signed in with a temporary password. Choose your own password now.</source>
      <translation>Winjiye ukoresheje ijambo ry'ibanga ry'agateganyo. Hitamo ubu ijambo ryawe bwite ry'ibanga.</translation>
    </message>
  </context>
  <context>
    <name>MappingDialog</name>
    <message>
      <source>Statement columns of {provider}</source>
      <translation>Inkingi za raporo ya {provider}</translation>
    </message>
    <message>
      <source>Transaction id</source>
      <translation>Nomero y'igikorwa</translation>
    </message>
    <message>
      <source>Date</source>
      <translation>Itariki</translation>
    </message>
    <message>
      <source>Amount</source>
      <translation>Amafaranga</translation>
    </message>
    <message>
      <source>Payer's number</source>
      <translation>Nomero y'uwishyuye</translation>
    </message>
    <message>
      <source>Status (optional)</source>
      <translation>Uko bihagaze (si ngombwa)</translation>
    </message>
    <message>
      <source>Date format</source>
      <translation>Uko itariki yandikwa</translation>
    </message>
  </context>
  <context>
    <name>MealPlanDialog</name>
    <message>
      <source>Meal plan for {customer}</source>
      <translation>Gahunda y'imirire ya {customer}</translation>
    </message>
    <message>
      <source>&amp;Category</source>
      <translation>&amp;Icyiciro</translation>
    </message>
    <message>
      <source>Daily &amp;calories</source>
      <translation>&amp;Kalori ku munsi</translation>
    </message>
    <message>
      <source>no target</source>
      <translation>nta ntego</translation>
    </message>
    <message>
      <source>&amp;Allowed</source>
      <translation>&amp;Byemewe</translation>
    </message>
    <message>
      <source>&amp;Forbidden</source>
      <translation>&amp;Bibujijwe</translation>
    </message>
    <message>
      <source>&amp;Notes</source>
      <translation>&amp;Icyitonderwa</translation>
    </message>
  </context>
  <context>
    <name>MealTimeDialog</name>
    <message>
      <source>Meal time — {meal}</source>
      <translation>Igihe cy'ifunguro — {meal}</translation>
    </message>
    <message>
      <source>Served &amp;from</source>
      <translation>Ritangwa &amp;guhera</translation>
    </message>
    <message>
      <source>Served &amp;until</source>
      <translation>Ritangwa &amp;kugeza</translation>
    </message>
    <message>
      <source>Orders &amp;close (all wards)</source>
      <translation>Komande &amp;zifunga (serivisi zose)</translation>
    </message>
    <message>
      <source>Delivery &amp;target</source>
      <translation>&amp;Igihe cyo kugeza</translation>
    </message>
    <message>
      <source> min after serving starts</source>
      <translation> min nyuma yo gutangira gutanga</translation>
    </message>
  </context>
  <context>
    <name>MealTimesTab</name>
    <message>
      <source>Meal</source>
      <translation>Ifunguro</translation>
    </message>
    <message>
      <source>Served from</source>
      <translation>Ritangwa guhera</translation>
    </message>
    <message>
      <source>Until</source>
      <translation>Kugeza</translation>
    </message>
    <message>
      <source>Orders close</source>
      <translation>Komande zifunga</translation>
    </message>
    <message>
      <source>Delivered within</source>
      <translation>Bigezwa mu</translation>
    </message>
    <message>
      <source>{n} min</source>
      <translation>{n} min</translation>
    </message>
    <message>
      <source>Ward</source>
      <translation>Serivisi</translation>
    </message>
    <message>
      <source>Edit &amp;meal time…</source>
      <translation>Hindura &amp;igihe cy'ifunguro…</translation>
    </message>
    <message>
      <source>Ward &amp;cut-off…</source>
      <translation>&amp;Igihe ntarengwa cya serivisi…</translation>
    </message>
    <message>
      <source>After a ward's cut-off an order goes with the next meal, or becomes a late tray a manager approves. &lt;b&gt;Bold&lt;/b&gt;: the ward's own cut-off.</source>
      <translation>Nyuma y'igihe ntarengwa cya serivisi, komande ijyana n'ifunguro rikurikira, cyangwa ikaba isahani yatinze umuyobozi yemeza. &lt;b&gt;Inyuguti zijimye&lt;/b&gt;: igihe ntarengwa cyihariye cya serivisi.</translation>
    </message>
    <message>
      <source>&lt;b&gt;Meals&lt;/b&gt;</source>
      <translation>&lt;b&gt;Amafunguro&lt;/b&gt;</translation>
    </message>
    <message>
      <source>&lt;b&gt;Orders close, by ward&lt;/b&gt;</source>
      <translation>&lt;b&gt;Igihe komande zifunga, hakurikijwe serivisi&lt;/b&gt;</translation>
    </message>
    <message>
      <source>{meal} times saved.</source>
      <translation>Amasaha ya {meal} yabitswe.</translation>
    </message>
    <message>
      <source>Ward cut-off saved.</source>
      <translation>Igihe ntarengwa cya serivisi cyabitswe.</translation>
    </message>
  </context>
  <context>
    <name>MenuItemDialog</name>
    <message>
      <source>Edit dish</source>
      <translation>Hindura ibiryo</translation>
    </message>
    <message>
      <source>New dish</source>
      <translation>Ibiryo bishya</translation>
    </message>
    <message>
      <source>Available to order now</source>
      <translation>Bishobora gutumizwa ubu</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Izina</translation>
    </message>
    <message>
      <source>&amp;Category</source>
      <translation>&amp;Icyiciro</translation>
    </message>
    <message>
      <source>Meal &amp;period</source>
      <translation>&amp;Igihe cy'ifunguro</translation>
    </message>
    <message>
      <source>&amp;Price</source>
      <translation>&amp;Igiciro</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>&amp;Ibisobanuro</translation>
    </message>
    <message>
      <source>Diet &amp;tags</source>
      <translation>&amp;Ibiranga indyo</translation>
    </message>
    <message>
      <source>&amp;Allergens</source>
      <translation>&amp;Ibitera aleriji</translation>
    </message>
    <message>
      <source>The RRA item classification code printed on the EBM receipt (10 digits).</source>
      <translation>Kode y'ishyirwa mu byiciro rya RRA icapwa ku nyemezabwishyu ya EBM (imibare 10).</translation>
    </message>
    <message>
      <source>Ta&amp;x type (EBM)</source>
      <translation>Ubwoko bw'&amp;umusoro (EBM)</translation>
    </message>
    <message>
      <source>Item classification c&amp;ode</source>
      <translation>K&amp;ode y'icyiciro cy'igicuruzwa</translation>
    </message>
    <message>
      <source>Te&amp;xtures (IDDSI)</source>
      <translation>Im&amp;iterere (IDDSI)</translation>
    </message>
    <message>
      <source>None ticked: served regular only.</source>
      <translation>Nta na kimwe cyatoranyijwe: bitangwa bisanzwe gusa.</translation>
    </message>
    <message>
      <source>D&amp;rink levels (IDDSI)</source>
      <translation>Ibipimo by'&amp;ibinyobwa (IDDSI)</translation>
    </message>
    <message>
      <source>Ticked for a drink only: the thicknesses it comes in.</source>
      <translation>Ku kinyobwa gusa: uko kijimye gishobora gutangwa.</translation>
    </message>
  </context>
  <context>
    <name>MenuPage</name>
    <message>
      <source>Dish</source>
      <translation>Ibiryo</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Icyiciro</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Igihe</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Igiciro</translation>
    </message>
    <message>
      <source>Diet</source>
      <translation>Indyo</translation>
    </message>
    <message>
      <source>Allergens</source>
      <translation>Ibitera aleriji</translation>
    </message>
    <message>
      <source>Available</source>
      <translation>Birahari</translation>
    </message>
    <message>
      <source>&amp;New dish…</source>
      <translation>Ibiryo &amp;bishya…</translation>
    </message>
    <message>
      <source>&amp;Edit…</source>
      <translation>&amp;Hindura…</translation>
    </message>
    <message>
      <source>Mark &amp;unavailable / available</source>
      <translation>Andika ko &amp;bidahari / bihari</translation>
    </message>
    <message>
      <source>Tax</source>
      <translation>Umusoro</translation>
    </message>
    <message>
      <source>Item code</source>
      <translation>Kode y'igicuruzwa</translation>
    </message>
    <message>
      <source>Textures</source>
      <translation>Imiterere</translation>
    </message>
    <message>
      <source>Drink levels</source>
      <translation>Ibipimo by'ibinyobwa</translation>
    </message>
    <message>
      <source>yes</source>
      <translation>yego</translation>
    </message>
    <message>
      <source>no</source>
      <translation>oya</translation>
    </message>
    <message>
      <source>{name} saved.</source>
      <translation>{name} yabitswe.</translation>
    </message>
  </context>
  <context>
    <name>MessageBanner</name>
    <message>
      <source>Dismiss</source>
      <translation>Funga</translation>
    </message>
  </context>
  <context>
    <name>MobileMoneyFields</name>
    <message>
      <source>payer's number, 07X XXX XXXX</source>
      <translation>nomero y'uwishyura, 07X XXX XXXX</translation>
    </message>
  </context>
  <context>
    <name>MoneyBackDialog</name>
    <message>
      <source>Cancel order {number}</source>
      <translation>Hagarika komande {number}</translation>
    </message>
    <message>
      <source>Refund {number}</source>
      <translation>Subiza amafaranga ya {number}</translation>
    </message>
    <message>
      <source>Cancel the order</source>
      <translation>Hagarika komande</translation>
    </message>
    <message>
      <source>Refund</source>
      <translation>Subiza amafaranga</translation>
    </message>
    <message>
      <source>Keep it</source>
      <translation>Yireke</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Impamvu</translation>
    </message>
    <message>
      <source>reference of the reversal</source>
      <translation>nomero y'isubizwa ry'ubwishyu</translation>
    </message>
    <message>
      <source>&amp;How it went back</source>
      <translation>&amp;Uko amafaranga yasubijwe</translation>
    </message>
    <message>
      <source>Reversal re&amp;ference</source>
      <translation>No&amp;mero y'isubizwa</translation>
    </message>
    <message>
      <source>Cash from the drawer</source>
      <translation>Amafaranga avuye mu isanduku</translation>
    </message>
    <message>
      <source>Mobile-money reversal</source>
      <translation>Gusubiza kuri Mobile Money</translation>
    </message>
    <message>
      <source>Card reversal</source>
      <translation>Gusubiza ku ikarita</translation>
    </message>
    <message>
      <source>in cash</source>
      <translation>mu ntoki</translation>
    </message>
    <message>
      <source>by mobile money</source>
      <translation>kuri Mobile Money</translation>
    </message>
    <message>
      <source>by card</source>
      <translation>ku ikarita</translation>
    </message>
    <message>
      <source>on the corporate account</source>
      <translation>ku ideni ry'ikigo</translation>
    </message>
    <message>
      <source>{amount} RWF {how}</source>
      <translation>{amount} RWF {how}</translation>
    </message>
    <message>
      <source>Nothing was paid for this order, so no money goes back.</source>
      <translation>Nta cyishyuwe kuri iyi komande, bityo nta mafaranga asubizwa.</translation>
    </message>
    <message>
      <source>Paid {parts}. All of it is given back.</source>
      <translation>Byishyuwe {parts}. Byose birasubizwa.</translation>
    </message>
    <message>
      <source> and </source>
      <translation> na </translation>
    </message>
  </context>
  <context>
    <name>NewStaffDialog</name>
    <message>
      <source>New staff account</source>
      <translation>Konti nshya y'umukozi</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Shyiraho</translation>
    </message>
    <message>
      <source>Full &amp;name</source>
      <translation>&amp;Amazina yose</translation>
    </message>
    <message>
      <source>&amp;Username</source>
      <translation>&amp;Izina ukoresha</translation>
    </message>
    <message>
      <source>&amp;Role</source>
      <translation>&amp;Inshingano</translation>
    </message>
    <message>
      <source>Temporary &amp;password</source>
      <translation>Ijambo ry'ibanga &amp;ry'agateganyo</translation>
    </message>
    <message>
      <source>temporary; changed at first sign-in</source>
      <translation>ry'agateganyo; rihindurwa ku nshuro ya mbere yo kwinjira</translation>
    </message>
  </context>
  <context>
    <name>NewTicketDialog</name>
    <message>
      <source>New support ticket</source>
      <translation>Ikibazo gishya</translation>
    </message>
    <message>
      <source>Create</source>
      <translation>Shyiraho</translation>
    </message>
    <message>
      <source>&amp;Subject</source>
      <translation>&amp;Ikibazo kivuga ku ki</translation>
    </message>
    <message>
      <source>&amp;Description</source>
      <translation>&amp;Ibisobanuro</translation>
    </message>
    <message>
      <source>C&amp;ategory</source>
      <translation>I&amp;cyiciro</translation>
    </message>
    <message>
      <source>&amp;Priority</source>
      <translation>&amp;Uburemere</translation>
    </message>
    <message>
      <source>&amp;Customer (optional)</source>
      <translation>&amp;Umukiriya (si ngombwa)</translation>
    </message>
    <message>
      <source>&amp;Order (optional)</source>
      <translation>&amp;Komande (si ngombwa)</translation>
    </message>
    <message>
      <source>optional, e.g. D-000123</source>
      <translation>si ngombwa, urugero D-000123</translation>
    </message>
  </context>
  <context>
    <name>NutritionDashboard</name>
    <message>
      <source>Active clients</source>
      <translation>Abakiriya bakora</translation>
    </message>
    <message>
      <source>Consultations this month</source>
      <translation>Ubujyanama muri uku kwezi</translation>
    </message>
    <message>
      <source>Pending plans</source>
      <translation>Gahunda zitegereje</translation>
    </message>
    <message>
      <source>Utilization</source>
      <translation>Igipimo cy'ikoreshwa</translation>
    </message>
    <message>
      <source>No-show rate</source>
      <translation>Igipimo cy'abatitabiriye</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Isaha</translation>
    </message>
    <message>
      <source>Client</source>
      <translation>Umukiriya</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Impamvu</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Icyiciro</translation>
    </message>
    <message>
      <source>Calories</source>
      <translation>Kalori</translation>
    </message>
    <message>
      <source>Forbidden</source>
      <translation>Ibibujijwe</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Yafunguwe</translation>
    </message>
    <message>
      <source>Consulted</source>
      <translation>Yagiriwe inama</translation>
    </message>
    <message>
      <source>&amp;Activate plan</source>
      <translation>&amp;Tangiza gahunda</translation>
    </message>
    <message>
      <source>&amp;Complete plan</source>
      <translation>&amp;Soza gahunda</translation>
    </message>
    <message>
      <source>&amp;Write plan…</source>
      <translation>&amp;Andika gahunda…</translation>
    </message>
    <message>
      <source>No pending or active meal plan.</source>
      <translation>Nta gahunda y'imirire itegereje cyangwa ikora.</translation>
    </message>
    <message>
      <source>Every completed consultation has its plan.</source>
      <translation>Buri bujyanama bwarangiye bufite gahunda yabwo.</translation>
    </message>
    <message>
      <source>Meal plans are shown to those who write them.</source>
      <translation>Gahunda z'imirire zigaragarira abazandika.</translation>
    </message>
    <message>
      <source>&amp;Nutritionist</source>
      <translation>&amp;Impuguke mu mirire</translation>
    </message>
    <message>
      <source>Today's schedule</source>
      <translation>Gahunda y'uyu munsi</translation>
    </message>
    <message>
      <source>Meal plans</source>
      <translation>Gahunda z'imirire</translation>
    </message>
    <message>
      <source>Completed consultations without a plan</source>
      <translation>Ubujyanama bwarangiye nta gahunda</translation>
    </message>
    <message>
      <source>completed in 90 days, upcoming, or on an active plan</source>
      <translation>byarangiye mu minsi 90, biri imbere, cyangwa bifite gahunda ikora</translation>
    </message>
    <message>
      <source>{done} completed, {booked} booked · {no_shows} no-show, {cancelled} cancelled</source>
      <translation>{done} byarangiye, {booked} byafashwe · {no_shows} ntibaje, {cancelled} byahagaritswe</translation>
    </message>
    <message>
      <source>oldest {days} days</source>
      <translation>ikimaze igihe kinini: iminsi {days}</translation>
    </message>
    <message>
      <source>{used} of {available} slots</source>
      <translation>{used} kuri {available} by'amasaha</translation>
    </message>
    <message>
      <source>No availability in this period.</source>
      <translation>Nta masaha ahari muri iki gihe.</translation>
    </message>
    <message>
      <source>{no_shows} of {finished}; {unmarked} past still unmarked</source>
      <translation>{no_shows} kuri {finished}; {unmarked} byarangiye bitaranditswe</translation>
    </message>
    <message>
      <source>No consultation has finished in this period yet.</source>
      <translation>Nta bujyanama burarangira muri iki gihe.</translation>
    </message>
    <message>
      <source>Choose a plan first.</source>
      <translation>Banza uhitemo gahunda.</translation>
    </message>
    <message>
      <source>{customer}'s plan is {status}.</source>
      <translation>Gahunda ya {customer} ni {status}.</translation>
    </message>
    <message>
      <source>Choose a completed consultation first.</source>
      <translation>Banza uhitemo ubujyanama bwarangiye.</translation>
    </message>
    <message>
      <source>Plan opened for {customer} (pending).</source>
      <translation>Gahunda ya {customer} yafunguwe (itegereje).</translation>
    </message>
  </context>
  <context>
    <name>OperationsDashboard</name>
    <message>
      <source>not delivered {pickup} min after placed (pickup), {ward} min (ward)</source>
      <translation>itaragezwa nyuma y'iminota {pickup} itanzwe (kwitwarira), iminota {ward} (serivisi)</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <source>mean over {count} orders delivered today</source>
      <translation>impuzandengo kuri komande {count} zagejejwe uyu munsi</translation>
    </message>
    <message>
      <source>No order has been delivered today.</source>
      <translation>Nta komande yagejejwe uyu munsi.</translation>
    </message>
    <message numerus="yes">
      <source>{time} {package}, %n guest(s)</source>
      <translation>
        <numerusform>{time} {package}, umushyitsi %n</numerusform>
        <numerusform>{time} {package}, abashyitsi %n</numerusform>
      </translation>
    </message>
    <message>
      <source>Ward trays today: {trays} · delivered {delivered} ({late} after the target) · overdue now {overdue} · worst {worst} min late</source>
      <translation>Amasahani ya serivisi uyu munsi: {trays} · yagejejwe {delivered} ({late} nyuma y'igihe cyagenwe) · yatinze ubu {overdue} · iyatinze cyane iminota {worst}</translation>
    </message>
    <message>
      <source>Live — as of {moment}, refreshed as orders are taken at any desk. Channels add up to the BI revenue total.</source>
      <translation>Ako kanya — kugeza {moment}, bivugururwa uko komande zakirwa kuri kesi iyo ari yo yose. Inzira zose hamwe zingana n'amafaranga yinjiye mu isesengura ry'ubucuruzi.</translation>
    </message>
  </context>
  <context>
    <name>OrderEntryPage</name>
    <message>
      <source>Customer: name, phone, ward/bed, employee no.  (F2)</source>
      <translation>Umukiriya: izina, telefoni, serivisi/igitanda, nomero y'umukozi  (F2)</translation>
    </message>
    <message>
      <source>No customer chosen</source>
      <translation>Nta mukiriya wahiswemo</translation>
    </message>
    <message>
      <source>&amp;New customer…</source>
      <translation>Umukiriya &amp;mushya…</translation>
    </message>
    <message>
      <source>Dish: type to search, Enter adds  (F3)</source>
      <translation>Ibiryo: andika ushakishe, Enter yongeraho  (F3)</translation>
    </message>
    <message>
      <source>Any</source>
      <translation>Byose</translation>
    </message>
    <message>
      <source>Dish</source>
      <translation>Ibiryo</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Icyiciro</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Igiciro</translation>
    </message>
    <message>
      <source>Allergens</source>
      <translation>Ibitera aleriji</translation>
    </message>
    <message>
      <source>Qty</source>
      <translation>Ingano</translation>
    </message>
    <message>
      <source>Unit</source>
      <translation>Igiciro</translation>
    </message>
    <message>
      <source>Line</source>
      <translation>Byose</translation>
    </message>
    <message>
      <source>Add dishes to see the price.</source>
      <translation>Ongeraho ibiryo urebe igiciro.</translation>
    </message>
    <message>
      <source>Reason to place it anyway (required when flagged)</source>
      <translation>Impamvu yo kuyitanga uko byagenda kose (ngombwa iyo habayeho umuburo)</translation>
    </message>
    <message>
      <source>cash received</source>
      <translation>amafaranga yakiriwe</translation>
    </message>
    <message>
      <source>mobile money / card reference</source>
      <translation>nomero ya Mobile Money / ikarita</translation>
    </message>
    <message>
      <source>Pickup at the counter</source>
      <translation>Kwitwarira kuri konteri</translation>
    </message>
    <message>
      <source>Deliver to ward and bed</source>
      <translation>Kugeza muri serivisi no ku gitanda</translation>
    </message>
    <message>
      <source>ward</source>
      <translation>serivisi</translation>
    </message>
    <message>
      <source>bed</source>
      <translation>igitanda</translation>
    </message>
    <message>
      <source>Place order  (Ctrl+Enter)</source>
      <translation>Tanga komande  (Ctrl+Enter)</translation>
    </message>
    <message>
      <source>&amp;Print receipt</source>
      <translation>&amp;Capa inyemezabwishyu</translation>
    </message>
    <message>
      <source>Pre&amp;view receipt…</source>
      <translation>&amp;Reba inyemezabwishyu…</translation>
    </message>
    <message>
      <source>Save receipt P&amp;DF…</source>
      <translation>Bika inyemezabwishyu muri P&amp;DF…</translation>
    </message>
    <message>
      <source>1. Customer</source>
      <translation>1. Umukiriya</translation>
    </message>
    <message>
      <source>2. Dishes</source>
      <translation>2. Ibiryo</translation>
    </message>
    <message>
      <source>Period</source>
      <translation>Igihe</translation>
    </message>
    <message>
      <source>Diet</source>
      <translation>Indyo</translation>
    </message>
    <message>
      <source>3. Order  (+ / − / Delete on a line)</source>
      <translation>3. Komande  (+ / − / Delete ku murongo)</translation>
    </message>
    <message>
      <source>4. Payment and delivery</source>
      <translation>4. Kwishyura no kugeza</translation>
    </message>
    <message>
      <source>Pay by</source>
      <translation>Kwishyura na</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Amafaranga mu ntoki</translation>
    </message>
    <message>
      <source>Reference</source>
      <translation>Nomero</translation>
    </message>
    <message>
      <source>Mobile money</source>
      <translation>Mobile Money</translation>
    </message>
    <message>
      <source>Delivery</source>
      <translation>Kugeza</translation>
    </message>
    <message>
      <source>Ward / bed</source>
      <translation>Serivisi / igitanda</translation>
    </message>
    <message>
      <source>Allergic to: {allergies}</source>
      <translation>Afite aleriji kuri: {allergies}</translation>
    </message>
    <message>
      <source>Diet notes: {notes}</source>
      <translation>Icyitonderwa ku ndyo: {notes}</translation>
    </message>
    <message>
      <source>No dish matches; change the search.</source>
      <translation>Nta biryo bihuye n'ibyo washatse; hindura ibyo ushakisha.</translation>
    </message>
    <message>
      <source>Choose a customer and add dishes to see the price.</source>
      <translation>Hitamo umukiriya kandi wongereho ibiryo urebe igiciro.</translation>
    </message>
    <message>
      <source>working out the price…</source>
      <translation>turabara igiciro…</translation>
    </message>
    <message>
      <source>Total: &lt;b&gt;{amount}&lt;/b&gt;</source>
      <translation>Igiteranyo: &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>The database cannot be reached, so the price cannot be worked out; retrying.</source>
      <translation>Ububiko bw'amakuru ntibuboneka, bityo igiciro ntikibarwa; turongera tugerageza.</translation>
    </message>
    <message>
      <source>Subtotal: &lt;b&gt;{amount}&lt;/b&gt;</source>
      <translation>Igiteranyo kibanza: &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Company pays {company} · customer pays &lt;b&gt;{customer}&lt;/b&gt;</source>
      <translation>Ikigo cyishyura {company} · umukiriya yishyura &lt;b&gt;{customer}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Change: &lt;b&gt;{amount}&lt;/b&gt;</source>
      <translation>Amafaranga asubizwa: &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>{amount} short</source>
      <translation>Haburaho {amount}</translation>
    </message>
    <message>
      <source>Choose the customer first (F2).</source>
      <translation>Banza uhitemo umukiriya (F2).</translation>
    </message>
    <message>
      <source>Add at least one dish (F3).</source>
      <translation>Ongeraho nibura ibiryo bimwe (F3).</translation>
    </message>
    <message>
      <source>Cash received must be a whole number of francs.</source>
      <translation>Amafaranga yakiriwe agomba kuba umubare wuzuye w'amafaranga.</translation>
    </message>
    <message>
      <source>Order {number} placed — {total}, change {change}.</source>
      <translation>Komande {number} yatanzwe — {total}, asubizwa {change}.</translation>
    </message>
    <message>
      <source>Order {number} placed — {total}.</source>
      <translation>Komande {number} yatanzwe — {total}.</translation>
    </message>
    <message>
      <source>Save receipt</source>
      <translation>Bika inyemezabwishyu</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Receipt saved to {path}</source>
      <translation>Inyemezabwishyu yabitswe muri {path}</translation>
    </message>
  </context>
  <context>
    <name>OrderQueuePage</name>
    <message>
      <source>Active (placed, preparing, on the way)</source>
      <translation>Izikigenda (zatanzwe, zirategurwa, ziri mu nzira)</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Zose</translation>
    </message>
    <message>
      <source>any day</source>
      <translation>umunsi uwo ari wo wose</translation>
    </message>
    <message>
      <source>ward</source>
      <translation>serivisi</translation>
    </message>
    <message>
      <source>order number or customer</source>
      <translation>nomero ya komande cyangwa umukiriya</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Isaha</translation>
    </message>
    <message>
      <source>Age</source>
      <translation>Igihe imaze</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>Customer</source>
      <translation>Umukiriya</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Aho ari</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Igiteranyo</translation>
    </message>
    <message>
      <source>&amp;Next step</source>
      <translation>&amp;Intambwe ikurikira</translation>
    </message>
    <message>
      <source>&amp;Cancel order…</source>
      <translation>&amp;Hagarika komande…</translation>
    </message>
    <message>
      <source>&amp;Refund…</source>
      <translation>&amp;Subiza amafaranga…</translation>
    </message>
    <message>
      <source>Receipt P&amp;DF…</source>
      <translation>Inyemezabwishyu muri P&amp;DF…</translation>
    </message>
    <message>
      <source>Receipt pre&amp;view…</source>
      <translation>&amp;Reba inyemezabwishyu…</translation>
    </message>
    <message>
      <source>Show &amp;more</source>
      <translation>Erekana &amp;ibindi</translation>
    </message>
    <message>
      <source>{age} late</source>
      <translation>yatinze {age}</translation>
    </message>
    <message>
      <source>Waiting since {time}; a ward tray, due on the ward at {due}.</source>
      <translation>Itegereje kuva {time}; isahani ya serivisi, igomba kugera muri serivisi saa {due}.</translation>
    </message>
    <message>
      <source>Waiting since {time}; target {minutes} min from placed to delivered.</source>
      <translation>Itegereje kuva {time}; intego ni iminota {minutes} kuva itanzwe kugeza igejejwe.</translation>
    </message>
    <message>
      <source>pickup</source>
      <translation>kwitwarira</translation>
    </message>
    <message>
      <source>{ward}, bed {bed}</source>
      <translation>{ward}, igitanda {bed}</translation>
    </message>
    <message>
      <source>&amp;Next: {step}</source>
      <translation>&amp;Ikurikira: {step}</translation>
    </message>
    <message>
      <source>{number} is now {status}</source>
      <translation>{number} ubu ni {status}</translation>
    </message>
    <message>
      <source>{number} cancelled.</source>
      <translation>{number} yahagaritswe.</translation>
    </message>
    <message>
      <source>{number} refunded.</source>
      <translation>{number} yasubijwe amafaranga.</translation>
    </message>
    <message>
      <source>{number}: fiscal refund receipt {receipt} signed.</source>
      <translation>{number}: inyemezabwishyu y'imisoro yo gusubiza {receipt} yashyizweho umukono.</translation>
    </message>
    <message>
      <source>{number}: the fiscal refund receipt is pending — the EBM controller is not answering. It is kept and sent once the controller answers; print it then from the Till's fiscal tab.</source>
      <translation>{number}: inyemezabwishyu y'imisoro yo gusubiza iracyategereje — igenzura rya EBM ntirisubiza. Irabitswe kandi izoherezwa igenzura rimaze gusubiza; uzayicape icyo gihe muri Kesi, ahari inyemezabwishyu z'imisoro.</translation>
    </message>
    <message>
      <source>Save receipt</source>
      <translation>Bika inyemezabwishyu</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Receipt saved to {path}</source>
      <translation>Inyemezabwishyu yabitswe muri {path}</translation>
    </message>
  </context>
  <context>
    <name>PackageDialog</name>
    <message>
      <source>New catering package</source>
      <translation>Ipaki nshya yo kugaburira ibirori</translation>
    </message>
    <message>
      <source>&amp;Name</source>
      <translation>&amp;Izina</translation>
    </message>
    <message>
      <source>&amp;Price per person (RWF)</source>
      <translation>&amp;Igiciro ku muntu (RWF)</translation>
    </message>
    <message>
      <source>M&amp;inimum guests</source>
      <translation>Abashyitsi &amp;bake</translation>
    </message>
    <message>
      <source>M&amp;aximum guests</source>
      <translation>Abashyitsi &amp;benshi</translation>
    </message>
    <message>
      <source>&amp;Setup fee (RWF)</source>
      <translation>&amp;Amafaranga yo gutegura (RWF)</translation>
    </message>
  </context>
  <context>
    <name>PackagesTab</name>
    <message>
      <source>yes</source>
      <translation>yego</translation>
    </message>
    <message>
      <source>no</source>
      <translation>oya</translation>
    </message>
    <message>
      <source>Package</source>
      <translation>Ipaki</translation>
    </message>
    <message>
      <source>Per person</source>
      <translation>Ku muntu</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>Abashyitsi</translation>
    </message>
    <message>
      <source>Setup</source>
      <translation>Amafaranga yo gutegura</translation>
    </message>
    <message>
      <source>Large groups</source>
      <translation>Amatsinda manini</translation>
    </message>
    <message>
      <source>Add-ons</source>
      <translation>Inyongera</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Irakora</translation>
    </message>
    <message>
      <source>Add &amp;package…</source>
      <translation>Ongeraho &amp;ipaki…</translation>
    </message>
    <message>
      <source>Add add-&amp;on to selected…</source>
      <translation>Ongeraho &amp;inyongera ku yahiswemo…</translation>
    </message>
    <message>
      <source>Large-group &amp;rate of selected…</source>
      <translation>Igiciro cy'&amp;itsinda rinini ku yahiswemo…</translation>
    </message>
    <message>
      <source>Offer / &amp;withdraw selected</source>
      <translation>Tanga / &amp;kuraho iyahiswemo</translation>
    </message>
    <message>
      <source>from {0}: {1}</source>
      <translation>guhera kuri {0}: {1}</translation>
    </message>
    <message>
      <source>Choose a package first.</source>
      <translation>Banza uhitemo ipaki.</translation>
    </message>
    <message>
      <source>{0} saved.</source>
      <translation>{0} yabitswe.</translation>
    </message>
  </context>
  <context>
    <name>PartnerDialog</name>
    <message>
      <source>New partner</source>
      <translation>Umufatanyabikorwa mushya</translation>
    </message>
    <message>
      <source>Edit partner</source>
      <translation>Hindura umufatanyabikorwa</translation>
    </message>
    <message>
      <source>Company &amp;name</source>
      <translation>&amp;Izina ry'ikigo</translation>
    </message>
    <message>
      <source>&amp;Contact person</source>
      <translation>&amp;Uwo kuvugana na we</translation>
    </message>
    <message>
      <source>&amp;Phone</source>
      <translation>&amp;Telefoni</translation>
    </message>
    <message>
      <source>&amp;Statements in</source>
      <translation>&amp;Raporo mu</translation>
    </message>
  </context>
  <context>
    <name>PatientMealPanel</name>
    <message>
      <source>Patient's meal</source>
      <translation>Ifunguro ry'umurwayi</translation>
    </message>
    <message>
      <source>— not for a patient's bed —</source>
      <translation>— si iy'igitanda cy'umurwayi —</translation>
    </message>
    <message>
      <source>Send it with the next meal</source>
      <translation>Byohereze hamwe n'ifunguro rikurikira</translation>
    </message>
    <message>
      <source>Late tray:</source>
      <translation>Isahani yatinze:</translation>
    </message>
    <message>
      <source>why (a manager approves)</source>
      <translation>impamvu (umuyobozi ni we wemeza)</translation>
    </message>
    <message>
      <source>reason, to confirm a second one</source>
      <translation>impamvu, kugira ngo wemeze iya kabiri</translation>
    </message>
    <message>
      <source>Charge to the patient's account</source>
      <translation>Shyira ku ideni ry'umurwayi</translation>
    </message>
    <message>
      <source>Show dishes outside the diet order</source>
      <translation>Erekana ibiryo bitari mu ndyo yategetswe</translation>
    </message>
    <message>
      <source>Visiting</source>
      <translation>Asura</translation>
    </message>
    <message>
      <source>Meal</source>
      <translation>Ifunguro</translation>
    </message>
    <message>
      <source>Second tray</source>
      <translation>Isahani ya kabiri</translation>
    </message>
    <message>
      <source>A visitor's meal can go to a patient's bed.</source>
      <translation>Ifunguro ry'umushyitsi rishobora kujyanwa ku gitanda cy'umurwayi.</translation>
    </message>
    <message>
      <source>Admitted: &lt;b&gt;{place}&lt;/b&gt;</source>
      <translation>Ari muri: &lt;b&gt;{place}&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Guest of {patient}, {place}</source>
      <translation>Umushyitsi wa {patient}, {place}</translation>
    </message>
    <message>
      <source>regular</source>
      <translation>isanzwe</translation>
    </message>
    <message>
      <source>Diet: {diets}&lt;br&gt;Texture {texture} · drinks {drink}</source>
      <translation>Indyo: {diets}&lt;br&gt;Imiterere {texture} · ibinyobwa {drink}</translation>
    </message>
    <message>
      <source>{patient} is NPO until {until} ({reason})</source>
      <translation>{patient} ntarya ntanywa kugeza {until} ({reason})</translation>
    </message>
    <message>
      <source>Charge to {patient}'s account</source>
      <translation>Shyira ku ideni rya {patient}</translation>
    </message>
    <message>
      <source>{meal} closed at {time} (choose {meal} for a late tray).&lt;br&gt;</source>
      <translation>{meal} yafunze saa {time} (hitamo {meal} ku isahani yatinze).&lt;br&gt;</translation>
    </message>
    <message>
      <source>{meal} for {ward} closed at {time}:&lt;br&gt;send it with the next meal, or a late tray.</source>
      <translation>{meal} ya {ward} yafunze saa {time}:&lt;br&gt;byohereze hamwe n'ifunguro rikurikira, cyangwa isahani yatinze.</translation>
    </message>
    <message>
      <source>{meal} for {ward} closes at {time} — {h} h {m:02d} min left.</source>
      <translation>{meal} ya {ward} ifunga saa {time} — hasigaye {h} h {m:02d} min.</translation>
    </message>
  </context>
  <context>
    <name>PeriodPicker</name>
    <message>
      <source>The last day of the period (included)</source>
      <translation>Umunsi wa nyuma w'igihe (ubariwemo)</translation>
    </message>
    <message>
      <source>&amp;Period</source>
      <translation>&amp;Igihe</translation>
    </message>
    <message>
      <source>from</source>
      <translation>kuva</translation>
    </message>
    <message>
      <source>to</source>
      <translation>kugeza</translation>
    </message>
  </context>
  <context>
    <name>PlansPage</name>
    <message>
      <source>Plans</source>
      <translation>Amapaki</translation>
    </message>
    <message>
      <source>Subscriptions</source>
      <translation>Amafatabuguzi</translation>
    </message>
  </context>
  <context>
    <name>PlansTab</name>
    <message>
      <source>Categories:</source>
      <translation>Ibyiciro:</translation>
    </message>
    <message>
      <source>any price</source>
      <translation>igiciro icyo ari cyo cyose</translation>
    </message>
    <message>
      <source>Up to</source>
      <translation>Kugeza kuri</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Ipaki</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Icyiciro</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Igiciro</translation>
    </message>
    <message>
      <source>{0} / {1}</source>
      <translation>{0} / {1}</translation>
    </message>
    <message>
      <source>Meals a day</source>
      <translation>Amafunguro ku munsi</translation>
    </message>
    <message>
      <source>Description</source>
      <translation>Ibisobanuro</translation>
    </message>
    <message>
      <source>&amp;Subscribe a customer…</source>
      <translation>&amp;Ha umukiriya ifatabuguzi…</translation>
    </message>
    <message>
      <source>plan name</source>
      <translation>izina ry'ipaki</translation>
    </message>
    <message>
      <source>active</source>
      <translation>akora</translation>
    </message>
    <message>
      <source>Add plan</source>
      <translation>Ongeraho ipaki</translation>
    </message>
    <message>
      <source>Save selected plan</source>
      <translation>Bika ipaki yahiswemo</translation>
    </message>
    <message>
      <source>meals/day</source>
      <translation>amafunguro/umunsi</translation>
    </message>
    <message>
      <source>{0} saved.</source>
      <translation>{0} yabitswe.</translation>
    </message>
    <message>
      <source>Choose a plan first.</source>
      <translation>Banza uhitemo gahunda.</translation>
    </message>
    <message>
      <source>{0} subscribed to {1}.</source>
      <translation>{0} yahawe ifatabuguzi rya {1}.</translation>
    </message>
  </context>
  <context>
    <name>QuickDishes</name>
    <message>
      <source>Quick keys:</source>
      <translation>Utubuto tw'ihuse:</translation>
    </message>
    <message>
      <source>The dishes ordered most in the last four weeks. In the empty dish search, type the number; anywhere on this screen, Alt and the number.</source>
      <translation>Ibiryo byatumijwe cyane mu byumweru bine bishize. Mu gushakisha ibiryo kutarimo ikintu, andika nomero; ahandi hose kuri iyi paji, Alt n'iyo nomero.</translation>
    </message>
  </context>
  <context>
    <name>QuoteDialog</name>
    <message>
      <source>Quote {0}</source>
      <translation>Igiciro cya {0}</translation>
    </message>
    <message>
      <source>&amp;Price (RWF)</source>
      <translation>&amp;Igiciro (RWF)</translation>
    </message>
  </context>
  <context>
    <name>ReconciliationTab</name>
    <message>
      <source>Outcome</source>
      <translation>Uko byagenze</translation>
    </message>
    <message>
      <source>Transaction id</source>
      <translation>Nomero y'igikorwa</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Raporo</translation>
    </message>
    <message>
      <source>Statement amount</source>
      <translation>Amafaranga ari kuri raporo</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>App amount</source>
      <translation>Amafaranga ari muri porogaramu</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>Uko cyakemuwe</translation>
    </message>
    <message>
      <source>Import the provider's statement to match it against the mobile-money payments taken at the desks.</source>
      <translation>Injiza raporo y'ikigo cy'itumanaho kugira ngo uyihuze n'ubwishyu bwa Mobile Money bwakiriwe kuri kesi.</translation>
    </message>
    <message>
      <source> min</source>
      <translation> min</translation>
    </message>
    <message>
      <source>&amp;Import statement…</source>
      <translation>&amp;Injiza raporo…</translation>
    </message>
    <message>
      <source>Columns…</source>
      <translation>Inkingi…</translation>
    </message>
    <message>
      <source>&amp;Resolve…</source>
      <translation>&amp;Kemura…</translation>
    </message>
    <message>
      <source>Time window</source>
      <translation>Igihe</translation>
    </message>
    <message>
      <source>Provider's statement</source>
      <translation>Raporo y'ikigo cy'itumanaho</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>Choose a line that did not match and is not resolved.</source>
      <translation>Hitamo umurongo utahuye kandi utakemuwe.</translation>
    </message>
  </context>
  <context>
    <name>RecordsPage</name>
    <message>
      <source>Choose a line in the list first.</source>
      <translation>Banza uhitemo umurongo mu rutonde.</translation>
    </message>
  </context>
  <context>
    <name>RefuseLateDialog</name>
    <message>
      <source>Refuse late tray {number}</source>
      <translation>Anga isahani yatinze {number}</translation>
    </message>
    <message>
      <source>Refuse the tray</source>
      <translation>Anga isahani</translation>
    </message>
    <message>
      <source>For</source>
      <translation>Kuri</translation>
    </message>
  </context>
  <context>
    <name>RequestsTab</name>
    <message>
      <source>Open (new, quoted, confirmed)</source>
      <translation>Izifunguye (inshya, izahawe igiciro, izemejwe)</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Zose</translation>
    </message>
    <message>
      <source>requested</source>
      <translation>yasabwe</translation>
    </message>
    <message>
      <source>quoted</source>
      <translation>yahawe igiciro</translation>
    </message>
    <message>
      <source>confirmed</source>
      <translation>yemejwe</translation>
    </message>
    <message>
      <source>completed</source>
      <translation>yarangiye</translation>
    </message>
    <message>
      <source>cancelled</source>
      <translation>yahagaritswe</translation>
    </message>
    <message>
      <source>Request</source>
      <translation>Ubusabe</translation>
    </message>
    <message>
      <source>Event</source>
      <translation>Ibirori</translation>
    </message>
    <message>
      <source>Package</source>
      <translation>Ipaki</translation>
    </message>
    <message>
      <source>Guests</source>
      <translation>Abashyitsi</translation>
    </message>
    <message>
      <source>Contact</source>
      <translation>Uwo kuvugana na we</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>Price</source>
      <translation>Igiciro</translation>
    </message>
    <message>
      <source>Handled</source>
      <translation>Byakozwe</translation>
    </message>
    <message>
      <source>{0} by {1}</source>
      <translation>{0} na {1}</translation>
    </message>
    <message>
      <source>&amp;Quote…</source>
      <translation>&amp;Tanga igiciro…</translation>
    </message>
    <message>
      <source>C&amp;onfirm</source>
      <translation>&amp;Emeza</translation>
    </message>
    <message>
      <source>Co&amp;mplete</source>
      <translation>&amp;Soza</translation>
    </message>
    <message>
      <source>&amp;Cancel…</source>
      <translation>&amp;Hagarika…</translation>
    </message>
    <message>
      <source>{0} (estimate)</source>
      <translation>{0} (igereranya)</translation>
    </message>
    <message>
      <source>Choose a request first.</source>
      <translation>Banza uhitemo ubusabe.</translation>
    </message>
    <message>
      <source>{0} is {1}.</source>
      <translation>{0} ni {1}.</translation>
    </message>
  </context>
  <context>
    <name>ResolveDialog</name>
    <message>
      <source>Resolve</source>
      <translation>Kemura</translation>
    </message>
    <message>
      <source>Resolve {txid}</source>
      <translation>Kemura {txid}</translation>
    </message>
    <message>
      <source>&amp;Resolution</source>
      <translation>&amp;Uko cyakemuwe</translation>
    </message>
    <message>
      <source>&amp;Payment</source>
      <translation>&amp;Ubwishyu</translation>
    </message>
    <message>
      <source>(none)</source>
      <translation>(nta na kimwe)</translation>
    </message>
    <message>
      <source>&amp;Note</source>
      <translation>&amp;Icyitonderwa</translation>
    </message>
  </context>
  <context>
    <name>RoundTab</name>
    <message>
      <source>All wards</source>
      <translation>Serivisi zose</translation>
    </message>
    <message>
      <source>Ward / bed</source>
      <translation>Serivisi / igitanda</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Umurwayi</translation>
    </message>
    <message>
      <source>Diet</source>
      <translation>Indyo</translation>
    </message>
    <message>
      <source>Texture / drinks</source>
      <translation>Imiterere / ibinyobwa</translation>
    </message>
    <message>
      <source>Allergens</source>
      <translation>Ibitera aleriji</translation>
    </message>
    <message>
      <source>Ordered</source>
      <translation>Byatumijwe</translation>
    </message>
    <message>
      <source>Round sheet &amp;PDF…</source>
      <translation>&amp;PDF y'uruzinduko…</translation>
    </message>
    <message>
      <source>P&amp;rint round sheet…</source>
      <translation>Ca&amp;pa uruzinduko…</translation>
    </message>
    <message>
      <source>NPO {until}</source>
      <translation>Ntarya ntanywa {until}</translation>
    </message>
    <message>
      <source>NO ORDER YET</source>
      <translation>NTA KOMANDE IRATANGWA</translation>
    </message>
    <message numerus="yes">
      <source> + %n guest(s)</source>
      <translation>
        <numerusform> + umushyitsi %n</numerusform>
        <numerusform> + abashyitsi %n</numerusform>
      </translation>
    </message>
    <message numerus="yes">
      <source>%n patient(s) · {missing} without an order</source>
      <translation>
        <numerusform>Umurwayi %n · {missing} nta komande</numerusform>
        <numerusform>Abarwayi %n · {missing} nta komande</numerusform>
      </translation>
    </message>
    <message>
      <source>call first (high-risk diet): {names}</source>
      <translation>banza uhamagare (indyo y'ibyago): {names}</translation>
    </message>
    <message>
      <source>Save round sheet</source>
      <translation>Bika urupapuro rw'uruzinduko</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Round sheet saved to {path}</source>
      <translation>Urupapuro rw'uruzinduko rwabitswe muri {path}</translation>
    </message>
  </context>
  <context>
    <name>ShiftDecisionDialog</name>
    <message>
      <source>Force-close</source>
      <translation>Gufunga ku gahato</translation>
    </message>
    <message>
      <source>Approve and close</source>
      <translation>Emeza kandi ufunge</translation>
    </message>
    <message>
      <source>Force-close the shift at {desk}</source>
      <translation>Funga ku gahato igihe cy'akazi kuri {desk}</translation>
    </message>
    <message>
      <source>Approve the variance at {desk}</source>
      <translation>Emeza ikinyuranyo kuri {desk}</translation>
    </message>
    <message>
      <source>&amp;Reason</source>
      <translation>&amp;Impamvu</translation>
    </message>
  </context>
  <context>
    <name>ShiftTab</name>
    <message>
      <source>opening float counted, RWF</source>
      <translation>amafaranga yo gutangiriraho yabazwe, RWF</translation>
    </message>
    <message>
      <source>Opening &amp;float (RWF)</source>
      <translation>Amafaranga yo &amp;gutangiriraho (RWF)</translation>
    </message>
    <message>
      <source>Blind close</source>
      <translation>Gufunga utabona ibyari byitezwe</translation>
    </message>
    <message>
      <source>&amp;Open shift</source>
      <translation>&amp;Fungura igihe cy'akazi</translation>
    </message>
    <message>
      <source>&amp;X report</source>
      <translation>Raporo &amp;X</translation>
    </message>
    <message>
      <source>&amp;Close shift…</source>
      <translation>&amp;Funga igihe cy'akazi…</translation>
    </message>
    <message>
      <source>Report P&amp;DF…</source>
      <translation>Raporo muri P&amp;DF…</translation>
    </message>
    <message>
      <source>&amp;Print report</source>
      <translation>&amp;Capa raporo</translation>
    </message>
    <message>
      <source>The shift's X report shows here: open a shift, then press X report.</source>
      <translation>Raporo X y'igihe cy'akazi igaragara hano: fungura igihe cy'akazi, hanyuma ukande Raporo X.</translation>
    </message>
    <message>
      <source>&lt;b&gt;{desk}&lt;/b&gt; has no open shift. Count the float in the drawer and open one to take cash.</source>
      <translation>&lt;b&gt;{desk}&lt;/b&gt; nta gihe cy'akazi gifunguye. Bara amafaranga yo gutangiriraho ari mu isanduku maze ufungure igihe cy'akazi kugira ngo wakire amafaranga.</translation>
    </message>
    <message>
      <source>&lt;b&gt;{desk}&lt;/b&gt;: shift {state} since {when}, opened by {who} with a float of {amount}.</source>
      <translation>&lt;b&gt;{desk}&lt;/b&gt;: igihe cy'akazi {state} kuva {when}, cyafunguwe na {who} gifite amafaranga yo gutangiriraho {amount}.</translation>
    </message>
    <message>
      <source>Shift opened at {desk} with {amount}.</source>
      <translation>Igihe cy'akazi cyafunguwe kuri {desk} gifite {amount}.</translation>
    </message>
    <message>
      <source>{kind}: {amount} recorded.</source>
      <translation>{kind}: {amount} byanditswe.</translation>
    </message>
    <message>
      <source>The count differs from what was recorded by {variance}, more than the {threshold} allowed: a manager must approve the variance with a reason before the shift closes.</source>
      <translation>Ibyabazwe bitandukanye n'ibyanditswe ku {variance}, birenze {threshold} byemewe: umuyobozi agomba kwemeza ikinyuranyo atanga impamvu mbere y'uko igihe cy'akazi gifungwa.</translation>
    </message>
    <message>
      <source>Shift closed. Variance {variance}.</source>
      <translation>Igihe cy'akazi cyafunzwe. Ikinyuranyo {variance}.</translation>
    </message>
    <message>
      <source>Save report</source>
      <translation>Bika raporo</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
    <message>
      <source>Report saved to {path}</source>
      <translation>Raporo yabitswe muri {path}</translation>
    </message>
    <message>
      <source>Print report</source>
      <translation>Capa raporo</translation>
    </message>
  </context>
  <context>
    <name>ShiftsTab</name>
    <message>
      <source>Desk</source>
      <translation>Kesi</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>Opened</source>
      <translation>Yafunguwe</translation>
    </message>
    <message>
      <source>By</source>
      <translation>Na</translation>
    </message>
    <message>
      <source>Float</source>
      <translation>Amafaranga yo gutangiriraho</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Cyafunzwe</translation>
    </message>
    <message>
      <source>Closed by</source>
      <translation>Cyafunzwe na</translation>
    </message>
    <message>
      <source>No shift yet: each desk opens one on its own Till tab, with the float it counted in the drawer.</source>
      <translation>Nta gihe cy'akazi kirafungurwa: buri kesi igifungura ku rupapuro rwayo rwa Kesi, n'amafaranga yo gutangiriraho yabaze mu isanduku.</translation>
    </message>
    <message>
      <source>&amp;Report</source>
      <translation>&amp;Raporo</translation>
    </message>
    <message>
      <source>&amp;Approve variance…</source>
      <translation>&amp;Emeza ikinyuranyo…</translation>
    </message>
    <message>
      <source>&amp;Force-close…</source>
      <translation>Gufunga ku &amp;gahato…</translation>
    </message>
    <message>
      <source>Till rules…</source>
      <translation>Amategeko ya kesi…</translation>
    </message>
    <message>
      <source>The shift at {desk} is {state}.</source>
      <translation>Igihe cy'akazi kuri {desk} ni {state}.</translation>
    </message>
  </context>
  <context>
    <name>StaffPage</name>
    <message>
      <source>Name</source>
      <translation>Izina</translation>
    </message>
    <message>
      <source>Username</source>
      <translation>Izina ukoresha</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Inshingano</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>Last sign-in</source>
      <translation>Igihe aheruka kwinjira</translation>
    </message>
    <message>
      <source>Filter by name, username or role  (Ctrl+F)</source>
      <translation>Shungura ukoresheje izina, izina ukoresha cyangwa inshingano  (Ctrl+F)</translation>
    </message>
    <message>
      <source>&amp;New account…</source>
      <translation>Konti &amp;nshya…</translation>
    </message>
    <message>
      <source>Change &amp;role…</source>
      <translation>Hindura &amp;inshingano…</translation>
    </message>
    <message>
      <source>&amp;Deactivate</source>
      <translation>&amp;Hagarika konti</translation>
    </message>
    <message>
      <source>Reset &amp;password…</source>
      <translation>Subiramo &amp;ijambo ry'ibanga…</translation>
    </message>
    <message>
      <source>locked</source>
      <translation>ifunze</translation>
    </message>
    <message>
      <source>active</source>
      <translation>akora</translation>
    </message>
    <message>
      <source>deactivated</source>
      <translation>yahagaritswe</translation>
    </message>
    <message>
      <source>&amp;Reactivate</source>
      <translation>&amp;Ongera ukoreshe konti</translation>
    </message>
    <message>
      <source>Account '{username}' created.</source>
      <translation>Konti '{username}' yashyizweho.</translation>
    </message>
    <message>
      <source>Change role</source>
      <translation>Hindura inshingano</translation>
    </message>
    <message>
      <source>New role for {name}:</source>
      <translation>Inshingano nshya za {name}:</translation>
    </message>
    <message>
      <source>{name} is now {role}.</source>
      <translation>{name} ubu ni {role}.</translation>
    </message>
    <message>
      <source>{name} can sign in again.</source>
      <translation>{name} arongera kwinjira.</translation>
    </message>
    <message>
      <source>{name} can no longer sign in.</source>
      <translation>{name} ntagishobora kwinjira.</translation>
    </message>
    <message>
      <source>Reset password</source>
      <translation>Subiramo ijambo ry'ibanga</translation>
    </message>
    <message>
      <source>Temporary password for {name}:</source>
      <translation>Ijambo ry'ibanga ry'agateganyo rya {name}:</translation>
    </message>
    <message>
      <source>{name}'s password was reset and the account unlocked.</source>
      <translation>Ijambo ry'ibanga rya {name} ryasubiwemo kandi konti irafungurwa.</translation>
    </message>
  </context>
  <context>
    <name>StatementTab</name>
    <message>
      <source>Employee no.</source>
      <translation>Nomero y'umukozi</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Izina</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>Total</source>
      <translation>Igiteranyo</translation>
    </message>
    <message>
      <source>Company owes</source>
      <translation>Ikigo kigomba kwishyura</translation>
    </message>
    <message>
      <source>Employee paid</source>
      <translation>Umukozi yishyuye</translation>
    </message>
    <message>
      <source>Month</source>
      <translation>Ukwezi</translation>
    </message>
    <message>
      <source>Export &amp;CSV…</source>
      <translation>Bika nka &amp;CSV…</translation>
    </message>
    <message>
      <source>Export P&amp;DF…</source>
      <translation>Bika nka P&amp;DF…</translation>
    </message>
    <message>
      <source>&amp;Print…</source>
      <translation>&amp;Capa…</translation>
    </message>
    <message>
      <source>Print pre&amp;view…</source>
      <translation>&amp;Reba mbere yo gucapa…</translation>
    </message>
    <message>
      <source>&lt;b&gt;{0}&lt;/b&gt; orders · total &lt;b&gt;{1} RWF&lt;/b&gt; · company owes &lt;b&gt;{2} RWF&lt;/b&gt; · employees paid &lt;b&gt;{3} RWF&lt;/b&gt;</source>
      <translation>Komande &lt;b&gt;{0}&lt;/b&gt; · igiteranyo &lt;b&gt;{1} RWF&lt;/b&gt; · ikigo kigomba kwishyura &lt;b&gt;{2} RWF&lt;/b&gt; · abakozi bishyuye &lt;b&gt;{3} RWF&lt;/b&gt;</translation>
    </message>
    <message>
      <source>Statement {partner}, {month}</source>
      <translation>Raporo ya {partner}, {month}</translation>
    </message>
    <message>
      <source>Export statement</source>
      <translation>Bika raporo</translation>
    </message>
    <message>
      <source>Statement saved to {0}</source>
      <translation>Raporo yabitswe muri {0}</translation>
    </message>
  </context>
  <context>
    <name>SubscribeDialog</name>
    <message>
      <source>Subscribe to {0}</source>
      <translation>Gufata ifatabuguzi rya {0}</translation>
    </message>
    <message>
      <source>Subscribe</source>
      <translation>Tanga ifatabuguzi</translation>
    </message>
    <message>
      <source>{0}: {1}, billed {2}</source>
      <translation>{0}: {1}, yishyurwa {2}</translation>
    </message>
    <message>
      <source>&amp;Customer</source>
      <translation>&amp;Umukiriya</translation>
    </message>
    <message>
      <source>&amp;Starts on</source>
      <translation>&amp;Itangira</translation>
    </message>
    <message>
      <source>Find the customer first.</source>
      <translation>Banza ushake umukiriya.</translation>
    </message>
  </context>
  <context>
    <name>SubscriptionsTab</name>
    <message>
      <source>Customer</source>
      <translation>Umukiriya</translation>
    </message>
    <message>
      <source>Plan</source>
      <translation>Ipaki</translation>
    </message>
    <message>
      <source>Since</source>
      <translation>Kuva</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>Charged so far</source>
      <translation>Ibimaze kwishyuzwa</translation>
    </message>
    <message>
      <source>&amp;Pause</source>
      <translation>&amp;Hagarika by'agateganyo</translation>
    </message>
    <message>
      <source>&amp;Resume</source>
      <translation>&amp;Subukura</translation>
    </message>
    <message>
      <source>&amp;Cancel…</source>
      <translation>&amp;Hagarika…</translation>
    </message>
    <message>
      <source>C&amp;harge due periods</source>
      <translation>&amp;Ishyuza ibihe bigeze</translation>
    </message>
    <message>
      <source>{0}'s {1} is paused.</source>
      <translation>{1} ya {0} yahagaritswe by'agateganyo.</translation>
    </message>
    <message>
      <source>{0}'s {1} is running again.</source>
      <translation>{1} ya {0} yongeye gukora.</translation>
    </message>
    <message>
      <source>Choose a subscription first.</source>
      <translation>Banza uhitemo ifatabuguzi.</translation>
    </message>
    <message>
      <source>{0}'s {1} is cancelled.</source>
      <translation>{1} ya {0} yahagaritswe.</translation>
    </message>
    <message numerus="yes">
      <source>%n period(s) charged.</source>
      <translation>
        <numerusform>Igihe %n cyishyujwe.</numerusform>
        <numerusform>Ibihe %n byishyujwe.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>SupportDashboard</name>
    <message>
      <source>{days} d {hours} h</source>
      <translation>{days} imin {hours} h</translation>
    </message>
    <message>
      <source>{hours} h {minutes} min</source>
      <translation>{hours} h {minutes} min</translation>
    </message>
    <message>
      <source>{minutes} min</source>
      <translation>{minutes} min</translation>
    </message>
    <message>
      <source>&amp;Refresh</source>
      <translation>&amp;Vugurura</translation>
    </message>
    <message>
      <source>Export &amp;PDF…</source>
      <translation>Bika nka &amp;PDF…</translation>
    </message>
    <message>
      <source>Of the tickets created in the period and assigned to this person: those resolved late or still open past their resolution target, out of those resolved or already due.</source>
      <translation>Mu bibazo byatanzwe muri iki gihe bigahabwa uyu muntu: ibyakemuwe bitinze cyangwa bigifunguye nyuma y'igihe byagombaga gukemurirwamo, ku byakemuwe cyangwa byageze igihe.</translation>
    </message>
    <message>
      <source>Staff</source>
      <translation>Abakozi</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Byakemuwe</translation>
    </message>
    <message>
      <source>Median resolution</source>
      <translation>Igihe cyo gukemura cyo hagati</translation>
    </message>
    <message>
      <source>Mean resolution</source>
      <translation>Igihe cyo gukemura ugereranyije</translation>
    </message>
    <message>
      <source>Median first response</source>
      <translation>Igisubizo cya mbere cyo hagati</translation>
    </message>
    <message>
      <source>Resolution SLA breached</source>
      <translation>Igihe cyo gukemura cyarenze</translation>
    </message>
    <message>
      <source>Open now</source>
      <translation>Bifunguye ubu</translation>
    </message>
    <message>
      <source>CSV</source>
      <translation>CSV</translation>
    </message>
    <message>
      <source>Staff performance (resolved in the period; SLA over tickets created in it)</source>
      <translation>Umusaruro w'abakozi (ibyakemuwe muri iki gihe; igihe ntarengwa ku bibazo byatanzwe muri cyo)</translation>
    </message>
    <message>
      <source>The period must end after it starts.</source>
      <translation>Igihe kigomba kurangira nyuma y'uko gitangiye.</translation>
    </message>
    <message>
      <source>As of {moment}</source>
      <translation>Kugeza {moment}</translation>
    </message>
    <message>
      <source>{open} open, {in_progress} in progress</source>
      <translation>{open} bifunguye, {in_progress} biri gukorwaho</translation>
    </message>
    <message>
      <source>tickets opened in the period</source>
      <translation>ibibazo byatanzwe muri iki gihe</translation>
    </message>
    <message>
      <source>last resolved (or closed) in the period</source>
      <translation>ibyakemuwe (cyangwa byafunzwe) bwa nyuma muri iki gihe</translation>
    </message>
    <message>
      <source>median; mean {mean}</source>
      <translation>hagati; ugereranyije {mean}</translation>
    </message>
    <message>
      <source>No ticket was resolved in this period.</source>
      <translation>Nta kibazo cyakemuwe muri iki gihe.</translation>
    </message>
    <message>
      <source>No ticket created in this period has had a reply yet.</source>
      <translation>Nta kibazo cyatanzwe muri iki gihe kirasubizwa.</translation>
    </message>
    <message>
      <source>tickets</source>
      <translation>ibibazo</translation>
    </message>
    <message>
      <source>First response</source>
      <translation>Igisubizo cya mbere</translation>
    </message>
    <message>
      <source>Resolution</source>
      <translation>Uko cyakemuwe</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Byatanzwe</translation>
    </message>
    <message>
      <source>Save staff performance</source>
      <translation>Bika umusaruro w'abakozi</translation>
    </message>
    <message>
      <source>Save dashboard</source>
      <translation>Bika imbonerahamwe y'incamake</translation>
    </message>
    <message>
      <source>{start} to {end} (end excluded). </source>
      <translation>Kuva {start} kugeza {end} (utabariwemo). </translation>
    </message>
    <message>
      <source>Dusangire — Support</source>
      <translation>Dusangire — Ubufasha</translation>
    </message>
    <message>
      <source>Saved {path}</source>
      <translation>Byabitswe: {path}</translation>
    </message>
  </context>
  <context>
    <name>TicketsPage</name>
    <message>
      <source>Unfinished (open, in progress)</source>
      <translation>Bitarangiye (bifunguye, biri gukorwaho)</translation>
    </message>
    <message>
      <source>All</source>
      <translation>Zose</translation>
    </message>
    <message>
      <source>Any priority</source>
      <translation>Uburemere ubwo ari bwo bwose</translation>
    </message>
    <message>
      <source>&amp;Overdue only</source>
      <translation>&amp;Ibyatinze gusa</translation>
    </message>
    <message>
      <source>subject or number</source>
      <translation>ikibazo cyangwa nomero</translation>
    </message>
    <message>
      <source>&amp;New ticket…</source>
      <translation>Ikibazo &amp;gishya…</translation>
    </message>
    <message>
      <source>Ticket</source>
      <translation>Ikibazo</translation>
    </message>
    <message>
      <source>Subject</source>
      <translation>Ikibazo kivuga ku ki</translation>
    </message>
    <message>
      <source>Priority</source>
      <translation>Uburemere</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>Assignee</source>
      <translation>Gishinzwe</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Byatanzwe</translation>
    </message>
    <message>
      <source>SLA</source>
      <translation>Igihe ntarengwa</translation>
    </message>
    <message>
      <source>OVERDUE</source>
      <translation>CYATINZE</translation>
    </message>
    <message>
      <source>First reply due {0}; resolution due {1}</source>
      <translation>Igisubizo cya mbere mbere ya {0}; gukemura mbere ya {1}</translation>
    </message>
    <message>
      <source>No ticket matches these filters.</source>
      <translation>Nta kibazo gihuye n'ibi wahisemo.</translation>
    </message>
    <message>
      <source>Choose a ticket.</source>
      <translation>Hitamo ikibazo.</translation>
    </message>
    <message>
      <source>Reply to the customer, or an internal note</source>
      <translation>Subiza umukiriya, cyangwa wandike icyitonderwa cy'imbere</translation>
    </message>
    <message>
      <source>&amp;Internal note</source>
      <translation>Icyitonderwa cy'&amp;imbere</translation>
    </message>
    <message>
      <source>An internal note: the customer does not see it.</source>
      <translation>Icyitonderwa cy'imbere: umukiriya ntakibona.</translation>
    </message>
    <message>
      <source>Add &amp;comment</source>
      <translation>Ongeraho &amp;igitekerezo</translation>
    </message>
    <message>
      <source>&amp;Assign</source>
      <translation>&amp;Gishinge</translation>
    </message>
    <message>
      <source>Set priorit&amp;y</source>
      <translation>Shyiraho &amp;uburemere</translation>
    </message>
    <message>
      <source>Start</source>
      <translation>Tangira</translation>
    </message>
    <message>
      <source>Resolve</source>
      <translation>Kemura</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Funga</translation>
    </message>
    <message>
      <source>Reopen</source>
      <translation>Ongera ufungure</translation>
    </message>
    <message>
      <source>Anyone</source>
      <translation>Uwo ari we wese</translation>
    </message>
    <message>
      <source>Unassigned</source>
      <translation>Nta ugishinzwe</translation>
    </message>
    <message>
      <source>not yet (due {0})</source>
      <translation>ntibirakorwa (igihe ntarengwa {0})</translation>
    </message>
    <message>
      <source>unassigned</source>
      <translation>nta ugishinzwe</translation>
    </message>
    <message>
      <source>customer {0}</source>
      <translation>umukiriya {0}</translation>
    </message>
    <message>
      <source>order {0}</source>
      <translation>komande {0}</translation>
    </message>
    <message>
      <source>First response: {0}</source>
      <translation>Igisubizo cya mbere: {0}</translation>
    </message>
    <message>
      <source>(internal)</source>
      <translation>(imbere)</translation>
    </message>
    <message>
      <source>{0}: {1}.</source>
      <translation>{0}: {1}.</translation>
    </message>
    <message>
      <source>{0} assigned.</source>
      <translation>{0} cyahawe ugishinzwe.</translation>
    </message>
    <message>
      <source>{0} is now {1}.</source>
      <translation>{0} ubu ni {1}.</translation>
    </message>
    <message>
      <source>{0} created.</source>
      <translation>{0} cyatanzwe.</translation>
    </message>
  </context>
  <context>
    <name>TillPage</name>
    <message>
      <source>This desk's shift</source>
      <translation>Igihe cy'akazi cy'iyi kesi</translation>
    </message>
    <message>
      <source>All shifts</source>
      <translation>Ibihe by'akazi byose</translation>
    </message>
    <message>
      <source>Mobile-money reconciliation</source>
      <translation>Guhuza Mobile Money</translation>
    </message>
    <message>
      <source>Fiscal receipts</source>
      <translation>Inyemezabwishyu z'imisoro</translation>
    </message>
  </context>
  <context>
    <name>TillRulesDialog</name>
    <message>
      <source>Till rules</source>
      <translation>Amategeko ya kesi</translation>
    </message>
    <message>
      <source>Variance needing &amp;approval above (RWF)</source>
      <translation>Ikinyuranyo gisaba &amp;kwemezwa iyo kirenze (RWF)</translation>
    </message>
    <message>
      <source>&amp;Blind close</source>
      <translation>Gufunga &amp;utabona ibyari byitezwe</translation>
    </message>
  </context>
  <context>
    <name>TransferDialog</name>
    <message>
      <source>Transfer {patient}</source>
      <translation>Kwimura {patient}</translation>
    </message>
    <message>
      <source>Transfer</source>
      <translation>Imura</translation>
    </message>
    <message>
      <source>Now in</source>
      <translation>Ubu ari muri</translation>
    </message>
    <message>
      <source>To ward</source>
      <translation>Ajya muri serivisi</translation>
    </message>
    <message>
      <source>Bed</source>
      <translation>Igitanda</translation>
    </message>
  </context>
  <context>
    <name>TraysTab</name>
    <message>
      <source>All wards</source>
      <translation>Serivisi zose</translation>
    </message>
    <message>
      <source>Ward / bed</source>
      <translation>Serivisi / igitanda</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Umurwayi</translation>
    </message>
    <message>
      <source> (guest)</source>
      <translation> (umushyitsi)</translation>
    </message>
    <message>
      <source>Dishes</source>
      <translation>Ibiryo</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Uko bihagaze</translation>
    </message>
    <message>
      <source>Due</source>
      <translation>Igihe ntarengwa</translation>
    </message>
    <message>
      <source>Late</source>
      <translation>Byatinze</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>Dish</source>
      <translation>Ibiryo</translation>
    </message>
    <message>
      <source>Texture</source>
      <translation>Imiterere</translation>
    </message>
    <message>
      <source>Ward</source>
      <translation>Serivisi</translation>
    </message>
    <message>
      <source>Count</source>
      <translation>Umubare</translation>
    </message>
    <message>
      <source>Approve late tray…</source>
      <translation>Emeza isahani yatinze…</translation>
    </message>
    <message>
      <source>Refuse late tray…</source>
      <translation>Anga isahani yatinze…</translation>
    </message>
    <message>
      <source>Tickets 80 mm PDF…</source>
      <translation>Udupapuro twa 80 mm muri PDF…</translation>
    </message>
    <message>
      <source>Tickets A6 PDF…</source>
      <translation>Udupapuro twa A6 muri PDF…</translation>
    </message>
    <message>
      <source>&amp;Print tickets</source>
      <translation>&amp;Capa udupapuro</translation>
    </message>
    <message>
      <source>80 mm roll…</source>
      <translation>Umuzingo wa 80 mm…</translation>
    </message>
    <message>
      <source>A6 labels…</source>
      <translation>Udupapuro twa A6…</translation>
    </message>
    <message>
      <source>&lt;b&gt;Kitchen counts&lt;/b&gt; (approved trays)</source>
      <translation>&lt;b&gt;Imibare y'igikoni&lt;/b&gt; (amasahani yemejwe)</translation>
    </message>
    <message>
      <source>Refused by {who}: {why}</source>
      <translation>Byanzwe na {who}: {why}</translation>
    </message>
    <message>
      <source>{m} min</source>
      <translation>{m} min</translation>
    </message>
    <message numerus="yes">
      <source>%n dish(es) — {totals}</source>
      <translation>
        <numerusform>Ibiryo %n — {totals}</numerusform>
        <numerusform>Ibiryo %n — {totals}</numerusform>
      </translation>
    </message>
    <message>
      <source>Late tray for {patient} refused; order {number} cancelled.</source>
      <translation>Isahani yatinze ya {patient} yanzwe; komande {number} yahagaritswe.</translation>
    </message>
    <message numerus="yes">
      <source>%n tray ticket(s) saved to {path}</source>
      <translation>
        <numerusform>Agapapuro %n k'isahani kabitswe muri {path}</numerusform>
        <numerusform>Udupapuro %n tw'amasahani twabitswe muri {path}</numerusform>
      </translation>
    </message>
    <message>
      <source>Save tray tickets</source>
      <translation>Bika udupapuro tw'amasahani</translation>
    </message>
    <message>
      <source>PDF (*.pdf)</source>
      <translation>PDF (*.pdf)</translation>
    </message>
  </context>
  <context>
    <name>WardCutoffDialog</name>
    <message>
      <source>Ward cut-off</source>
      <translation>Igihe ntarengwa cya serivisi</translation>
    </message>
    <message>
      <source>&amp;Ward</source>
      <translation>&amp;Serivisi</translation>
    </message>
    <message>
      <source>&amp;Meal</source>
      <translation>&amp;Ifunguro</translation>
    </message>
    <message>
      <source>Own cut-off</source>
      <translation>Igihe ntarengwa cyihariye</translation>
    </message>
    <message>
      <source>This ward closes at its own time</source>
      <translation>Iyi serivisi ifunga ku isaha yayo yihariye</translation>
    </message>
    <message>
      <source>Orders &amp;close</source>
      <translation>Komande &amp;zifunga</translation>
    </message>
    <message>
      <source>All wards: orders close {cutoff}; served from {start}.</source>
      <translation>Serivisi zose: komande zifunga saa {cutoff}; ritangwa guhera saa {start}.</translation>
    </message>
  </context>
  <context>
    <name>WardsPage</name>
    <message>
      <source>Patients</source>
      <translation>Abarwayi</translation>
    </message>
    <message>
      <source>Round sheet</source>
      <translation>Urupapuro rw'uruzinduko</translation>
    </message>
    <message>
      <source>Trays and kitchen</source>
      <translation>Amasahani n'igikoni</translation>
    </message>
    <message>
      <source>Meal times</source>
      <translation>Amasaha y'amafunguro</translation>
    </message>
  </context>
  <context>
    <name>_MealPicker</name>
    <message>
      <source>Day</source>
      <translation>Umunsi</translation>
    </message>
    <message>
      <source>Meal</source>
      <translation>Ifunguro</translation>
    </message>
    <message>
      <source>Ward</source>
      <translation>Serivisi</translation>
    </message>
  </context>
  <context>
    <name>app</name>
    <message>
      <source>This is a read-only copy of the database: everything can be looked at, nothing can be saved. Make changes on the shared database.</source>
      <translation>Iyi ni kopi y'ububiko bw'amakuru yo gusoma gusa: byose birarebwa, nta na kimwe kibikwa. Hindura ibintu ku bubiko bw'amakuru busangiwe.</translation>
    </message>
    <message>
      <source>Opening the database: checking the dashboards' figures…</source>
      <translation>Turafungura ububiko bw'amakuru: turagenzura imibare y'imbonerahamwe z'incamake…</translation>
    </message>
    <message>
      <source>Dusangire Desktop</source>
      <translation>Dusangire Desktop</translation>
    </message>
    <message>
      <source>Demo data loaded. Sign in as 'admin' with password {password}.</source>
      <translation>Amakuru y'imyitozo yashyizwemo. Injira nka 'admin' ukoresheje ijambo ry'ibanga {password}.</translation>
    </message>
    <message>
      <source>Creating demo data…</source>
      <translation>Turashyiraho amakuru y'imyitozo…</translation>
    </message>
    <message>
      <source>Loading the demo data</source>
      <translation>Gushyiramo amakuru y'imyitozo</translation>
    </message>
  </context>
  <context>
    <name>areas</name>
    <message>
      <source>New order</source>
      <translation>Komande nshya</translation>
    </message>
    <message>
      <source>Front desk</source>
      <translation>Kwakira abantu</translation>
    </message>
    <message>
      <source>Order queue</source>
      <translation>Umurongo wa komande</translation>
    </message>
    <message>
      <source>Wards</source>
      <translation>Serivisi</translation>
    </message>
    <message>
      <source>Till</source>
      <translation>Kesi</translation>
    </message>
    <message>
      <source>Catering</source>
      <translation>Kugaburira ibirori</translation>
    </message>
    <message>
      <source>Meal packages</source>
      <translation>Amapaki y'amafunguro</translation>
    </message>
    <message>
      <source>Support tickets</source>
      <translation>Ibibazo by'ubufasha</translation>
    </message>
    <message>
      <source>Support</source>
      <translation>Ubufasha</translation>
    </message>
    <message>
      <source>Consultations</source>
      <translation>Ubujyanama</translation>
    </message>
    <message>
      <source>Nutrition</source>
      <translation>Imirire</translation>
    </message>
    <message>
      <source>My clients and plans</source>
      <translation>Abakiriya banjye na gahunda</translation>
    </message>
    <message>
      <source>Availability and time off</source>
      <translation>Amasaha n'ibiruhuko</translation>
    </message>
    <message>
      <source>Customers</source>
      <translation>Abakiriya</translation>
    </message>
    <message>
      <source>Corporate partners</source>
      <translation>Abafatanyabikorwa</translation>
    </message>
    <message>
      <source>Management</source>
      <translation>Ubuyobozi</translation>
    </message>
    <message>
      <source>Menu</source>
      <translation>Urutonde rw'ibiryo</translation>
    </message>
    <message>
      <source>Administration</source>
      <translation>Imicungire ya sisitemu</translation>
    </message>
    <message>
      <source>Business intelligence</source>
      <translation>Isesengura ry'ubucuruzi</translation>
    </message>
    <message>
      <source>Operations today</source>
      <translation>Ibikorwa by'uyu munsi</translation>
    </message>
    <message>
      <source>Support dashboard</source>
      <translation>Incamake y'ubufasha</translation>
    </message>
    <message>
      <source>Staff accounts</source>
      <translation>Konti z'abakozi</translation>
    </message>
    <message>
      <source>Audit log</source>
      <translation>Igitabo cy'ibikorwa</translation>
    </message>
    <message>
      <source>My account</source>
      <translation>Konti yanjye</translation>
    </message>
  </context>
  <context>
    <name>dashboards</name>
    <message>
      <source>Orders</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>Order revenue</source>
      <translation>Amafaranga ya komande</translation>
    </message>
    <message>
      <source>Average order value</source>
      <translation>Impuzandengo ya komande</translation>
    </message>
    <message>
      <source>Retention</source>
      <translation>Abakiriya bagarutse</translation>
    </message>
    <message>
      <source>Churn (orders)</source>
      <translation>Abagiye (komande)</translation>
    </message>
    <message>
      <source>Churn (subscriptions)</source>
      <translation>Abagiye (amafatabuguzi)</translation>
    </message>
    <message>
      <source>Lifetime value (historical)</source>
      <translation>Agaciro k'umukiriya (amateka)</translation>
    </message>
    <message>
      <source>Lifetime value (predictive)</source>
      <translation>Agaciro k'umukiriya (iteganya)</translation>
    </message>
    <message>
      <source>Revenue, all channels</source>
      <translation>Amafaranga yinjiye, inzira zose</translation>
    </message>
    <message>
      <source>Target attainment</source>
      <translation>Kugera ku ntego</translation>
    </message>
    <message>
      <source>Corporate</source>
      <translation>Ibigo</translation>
    </message>
    <message>
      <source>Catering</source>
      <translation>Kugaburira ibirori</translation>
    </message>
    <message>
      <source>Subscriptions</source>
      <translation>Amafatabuguzi</translation>
    </message>
    <message>
      <source>Revenue by month and target</source>
      <translation>Amafaranga yinjiye ku kwezi n'intego</translation>
    </message>
    <message>
      <source>Average order value by month</source>
      <translation>Impuzandengo ya komande ku kwezi</translation>
    </message>
    <message>
      <source>This month (to date)</source>
      <translation>Uku kwezi (kugeza ubu)</translation>
    </message>
    <message>
      <source>Last month</source>
      <translation>Ukwezi gushize</translation>
    </message>
    <message>
      <source>Last 3 months</source>
      <translation>Amezi 3 ashize</translation>
    </message>
    <message>
      <source>This year (to date)</source>
      <translation>Uyu mwaka (kugeza ubu)</translation>
    </message>
    <message>
      <source>Custom</source>
      <translation>Wihitiyemo</translation>
    </message>
    <message>
      <source>Today — {channel}</source>
      <translation>Uyu munsi — {channel}</translation>
    </message>
    <message>
      <source>Month to date — {channel}</source>
      <translation>Uku kwezi kugeza ubu — {channel}</translation>
    </message>
    <message>
      <source>total</source>
      <translation>igiteranyo</translation>
    </message>
    <message>
      <source>Orders placed today</source>
      <translation>Komande zatanzwe uyu munsi</translation>
    </message>
    <message>
      <source>Late now</source>
      <translation>Izatinze ubu</translation>
    </message>
    <message>
      <source>Placed → delivered today</source>
      <translation>Gutangwa → kugezwa uyu munsi</translation>
    </message>
    <message>
      <source>Catering events today</source>
      <translation>Ibirori byo kugaburira uyu munsi</translation>
    </message>
    <message>
      <source>Consultations today</source>
      <translation>Ubujyanama bw'uyu munsi</translation>
    </message>
    <message>
      <source>Month to date by channel</source>
      <translation>Uku kwezi hakurikijwe inzira</translation>
    </message>
    <message>
      <source>Orders placed today by state</source>
      <translation>Komande zatanzwe uyu munsi hakurikijwe aho zigeze</translation>
    </message>
    <message>
      <source>Backlog (open + in progress)</source>
      <translation>Ibisigaye (bifunguye + biri gukorwaho)</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Byatanzwe</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Byakemuwe</translation>
    </message>
    <message>
      <source>Resolution time</source>
      <translation>Igihe cyo gukemura</translation>
    </message>
    <message>
      <source>First response time</source>
      <translation>Igihe cy'igisubizo cya mbere</translation>
    </message>
    <message>
      <source>Tickets by status now</source>
      <translation>Ibibazo hakurikijwe aho bigeze ubu</translation>
    </message>
    <message>
      <source>SLA breach rate by priority (%)</source>
      <translation>Igipimo cy'ibyarengeje igihe hakurikijwe uburemere (%)</translation>
    </message>
    <message>
      <source>Created in the period and open now, by priority</source>
      <translation>Byatanzwe muri iki gihe kandi bifunguye ubu, hakurikijwe uburemere</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <source>Placed</source>
      <translation>Yatanzwe</translation>
    </message>
    <message>
      <source>Preparing</source>
      <translation>Irategurwa</translation>
    </message>
    <message>
      <source>Out for delivery</source>
      <translation>Iri mu nzira</translation>
    </message>
    <message>
      <source>Delivered</source>
      <translation>Yagejejwe</translation>
    </message>
    <message>
      <source>Cancelled</source>
      <translation>Yahagaritswe</translation>
    </message>
    <message>
      <source>Refunded</source>
      <translation>Yasubijwe amafaranga</translation>
    </message>
    <message>
      <source>Orders</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>Corporate</source>
      <translation>Ibigo</translation>
    </message>
    <message>
      <source>Ward delivery</source>
      <translation>Kugeza muri serivisi</translation>
    </message>
    <message>
      <source>Pickup</source>
      <translation>Kwitwarira</translation>
    </message>
    <message>
      <source>Cash</source>
      <translation>Amafaranga mu ntoki</translation>
    </message>
    <message>
      <source>Mobile money</source>
      <translation>Mobile Money</translation>
    </message>
    <message>
      <source>Card</source>
      <translation>Ikarita</translation>
    </message>
    <message>
      <source>Corporate account</source>
      <translation>Ideni ry'ikigo</translation>
    </message>
    <message>
      <source>Patient</source>
      <translation>Umurwayi</translation>
    </message>
    <message>
      <source>Visitor</source>
      <translation>Umushyitsi</translation>
    </message>
    <message>
      <source>Hospital staff</source>
      <translation>Umukozi w'ibitaro</translation>
    </message>
    <message>
      <source>Outside guest</source>
      <translation>Umushyitsi uturutse hanze</translation>
    </message>
    <message>
      <source>Front desk</source>
      <translation>Kwakira abantu</translation>
    </message>
    <message>
      <source>Nutritionist</source>
      <translation>Impuguke mu mirire</translation>
    </message>
    <message>
      <source>Support</source>
      <translation>Ubufasha</translation>
    </message>
    <message>
      <source>Manager</source>
      <translation>Umuyobozi</translation>
    </message>
    <message>
      <source>Administrator</source>
      <translation>Umuyobozi wa sisitemu</translation>
    </message>
    <message>
      <source>Breakfast</source>
      <translation>Ifunguro rya mu gitondo</translation>
    </message>
    <message>
      <source>Lunch</source>
      <translation>Ifunguro rya saa sita</translation>
    </message>
    <message>
      <source>Dinner</source>
      <translation>Ifunguro rya nimugoroba</translation>
    </message>
    <message>
      <source>Snack</source>
      <translation>Icyo kurya cyoroheje</translation>
    </message>
    <message>
      <source>All day</source>
      <translation>Umunsi wose</translation>
    </message>
    <message>
      <source>Gluten</source>
      <translation>Gluten</translation>
    </message>
    <message>
      <source>Milk</source>
      <translation>Amata</translation>
    </message>
    <message>
      <source>Eggs</source>
      <translation>Amagi</translation>
    </message>
    <message>
      <source>Peanuts</source>
      <translation>Ubunyobwa</translation>
    </message>
    <message>
      <source>Tree nuts</source>
      <translation>Imbuto zikomeye</translation>
    </message>
    <message>
      <source>Soy</source>
      <translation>Soya</translation>
    </message>
    <message>
      <source>Fish</source>
      <translation>Ifi</translation>
    </message>
    <message>
      <source>Shellfish</source>
      <translation>Ibikona byo mu mazi</translation>
    </message>
    <message>
      <source>Sesame</source>
      <translation>Sesame</translation>
    </message>
    <message>
      <source>Celery</source>
      <translation>Seleri</translation>
    </message>
    <message>
      <source>Mustard</source>
      <translation>Moutarde</translation>
    </message>
    <message>
      <source>Vegetarian</source>
      <translation>Nta nyama</translation>
    </message>
    <message>
      <source>Vegan</source>
      <translation>Nta kintu gikomoka ku matungo</translation>
    </message>
    <message>
      <source>Gluten-free</source>
      <translation>Nta gluten</translation>
    </message>
    <message>
      <source>Low sodium</source>
      <translation>Umunyu muke</translation>
    </message>
    <message>
      <source>Low sugar</source>
      <translation>Isukari nke</translation>
    </message>
    <message>
      <source>High protein</source>
      <translation>Poroteyine nyinshi</translation>
    </message>
    <message>
      <source>Low carb</source>
      <translation>Ibinyamasukari bike</translation>
    </message>
    <message>
      <source>Renal-safe</source>
      <translation>Bikwiye abarwayi b'impyiko</translation>
    </message>
    <message>
      <source>Fried</source>
      <translation>Bikaranze</translation>
    </message>
    <message>
      <source>Spicy</source>
      <translation>Birimo urusenda</translation>
    </message>
    <message>
      <source>Contains meat</source>
      <translation>Birimo inyama</translation>
    </message>
    <message>
      <source>High sugar</source>
      <translation>Isukari nyinshi</translation>
    </message>
    <message>
      <source>Standard</source>
      <translation>Isanzwe</translation>
    </message>
    <message>
      <source>Keto</source>
      <translation>Keto</translation>
    </message>
    <message>
      <source>Detox</source>
      <translation>Detox</translation>
    </message>
    <message>
      <source>Diabetic-friendly</source>
      <translation>Ikwiye abarwayi ba diyabete</translation>
    </message>
    <message>
      <source>Low-sodium</source>
      <translation>Umunyu muke</translation>
    </message>
    <message>
      <source>Renal</source>
      <translation>Iy'impyiko</translation>
    </message>
    <message>
      <source>High-protein</source>
      <translation>Poroteyine nyinshi</translation>
    </message>
    <message>
      <source>Weight loss</source>
      <translation>Kugabanya ibiro</translation>
    </message>
    <message>
      <source>Pregnancy</source>
      <translation>Gutwita</translation>
    </message>
    <message>
      <source>Weekly</source>
      <translation>Buri cyumweru</translation>
    </message>
    <message>
      <source>Monthly</source>
      <translation>Buri kwezi</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Irakora</translation>
    </message>
    <message>
      <source>Paused</source>
      <translation>Byahagaritswe by'agateganyo</translation>
    </message>
    <message>
      <source>Draft</source>
      <translation>Umushinga</translation>
    </message>
    <message>
      <source>Suspended</source>
      <translation>Byahagaritswe by'agateganyo</translation>
    </message>
    <message>
      <source>Expired</source>
      <translation>Byarangiye</translation>
    </message>
    <message>
      <source>Company invoice</source>
      <translation>Fagitire ku kigo</translation>
    </message>
    <message>
      <source>Employee pays</source>
      <translation>Umukozi yishyura</translation>
    </message>
    <message>
      <source>Low</source>
      <translation>Buke</translation>
    </message>
    <message>
      <source>Medium</source>
      <translation>Buringaniye</translation>
    </message>
    <message>
      <source>High</source>
      <translation>Bwinshi</translation>
    </message>
    <message>
      <source>Urgent</source>
      <translation>Byihutirwa</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Gifunguye</translation>
    </message>
    <message>
      <source>In progress</source>
      <translation>Kiri gukorwaho</translation>
    </message>
    <message>
      <source>Resolved</source>
      <translation>Byakemuwe</translation>
    </message>
    <message>
      <source>Closed</source>
      <translation>Cyafunzwe</translation>
    </message>
    <message>
      <source>Order</source>
      <translation>Komande</translation>
    </message>
    <message>
      <source>Delivery</source>
      <translation>Kugeza</translation>
    </message>
    <message>
      <source>Billing</source>
      <translation>Uko yishyurwa</translation>
    </message>
    <message>
      <source>Food quality</source>
      <translation>Ubwiza bw'amafunguro</translation>
    </message>
    <message>
      <source>Consultation</source>
      <translation>Ubujyanama</translation>
    </message>
    <message>
      <source>Catering</source>
      <translation>Kugaburira ibirori</translation>
    </message>
    <message>
      <source>Meal package</source>
      <translation>Ipaki y'amafunguro</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Ibindi</translation>
    </message>
    <message>
      <source>Booked</source>
      <translation>Yafashwe</translation>
    </message>
    <message>
      <source>Completed</source>
      <translation>Yarangiye</translation>
    </message>
    <message>
      <source>No-show</source>
      <translation>Ntiyaje</translation>
    </message>
    <message>
      <source>Free</source>
      <translation>Nta gahunda</translation>
    </message>
    <message>
      <source>Past</source>
      <translation>Byarenze</translation>
    </message>
    <message>
      <source>Pending</source>
      <translation>Bitegereje</translation>
    </message>
    <message>
      <source>Allowed</source>
      <translation>Byemewe</translation>
    </message>
    <message>
      <source>Forbidden</source>
      <translation>Ibibujijwe</translation>
    </message>
    <message>
      <source>Per person</source>
      <translation>Ku muntu</translation>
    </message>
    <message>
      <source>Flat</source>
      <translation>Igiciro kimwe</translation>
    </message>
    <message>
      <source>New</source>
      <translation>Nshya</translation>
    </message>
    <message>
      <source>Quoted</source>
      <translation>Yahawe igiciro</translation>
    </message>
    <message>
      <source>Confirmed</source>
      <translation>Yemejwe</translation>
    </message>
    <message>
      <source>3 Liquidised</source>
      <translation>3 Byasukuwe</translation>
    </message>
    <message>
      <source>4 Puréed</source>
      <translation>4 Byanoze</translation>
    </message>
    <message>
      <source>5 Minced and moist</source>
      <translation>5 Byakaswe duto kandi bitose</translation>
    </message>
    <message>
      <source>6 Soft and bite-sized</source>
      <translation>6 Byoroshye kandi bicagaguye</translation>
    </message>
    <message>
      <source>7 Easy to chew</source>
      <translation>7 Byoroshye guhekenya</translation>
    </message>
    <message>
      <source>7 Regular</source>
      <translation>7 Bisanzwe</translation>
    </message>
    <message>
      <source>Late — awaiting approval</source>
      <translation>Byatinze — bitegereje kwemezwa</translation>
    </message>
    <message>
      <source>Ordered</source>
      <translation>Byatumijwe</translation>
    </message>
    <message>
      <source>Prepared</source>
      <translation>Byateguwe</translation>
    </message>
    <message>
      <source>Sent</source>
      <translation>Byoherejwe</translation>
    </message>
    <message>
      <source>Counted, waiting for approval</source>
      <translation>Byabazwe, bitegereje kwemezwa</translation>
    </message>
    <message>
      <source>Force-closed</source>
      <translation>Byafunzwe ku gahato</translation>
    </message>
    <message>
      <source>MTN MoMo</source>
      <translation>MTN MoMo</translation>
    </message>
    <message>
      <source>Airtel Money</source>
      <translation>Airtel Money</translation>
    </message>
    <message>
      <source>Company allowance</source>
      <translation>Amafaranga atangwa n'ikigo</translation>
    </message>
    <message>
      <source>Cash drop to the safe</source>
      <translation>Gushyira amafaranga mu isanduku ikomeye</translation>
    </message>
    <message>
      <source>Paid in</source>
      <translation>Amafaranga yinjijwe</translation>
    </message>
    <message>
      <source>Paid out</source>
      <translation>Amafaranga yasohowe</translation>
    </message>
    <message>
      <source>Matched</source>
      <translation>Byahuye</translation>
    </message>
    <message>
      <source>Amount differs</source>
      <translation>Amafaranga atandukanye</translation>
    </message>
    <message>
      <source>In the statement, not in the app</source>
      <translation>Biri muri raporo, ntibiri muri porogaramu</translation>
    </message>
    <message>
      <source>In the app, not in the statement</source>
      <translation>Biri muri porogaramu, ntibiri muri raporo</translation>
    </message>
    <message>
      <source>Attached to a payment</source>
      <translation>Byomekwe ku bwishyu</translation>
    </message>
    <message>
      <source>Written off</source>
      <translation>Byafashwe nk'igihombo</translation>
    </message>
    <message>
      <source>Signed</source>
      <translation>Byashyizweho umukono</translation>
    </message>
    <message>
      <source>Rejected</source>
      <translation>Byanzwe</translation>
    </message>
    <message>
      <source>Sale</source>
      <translation>Igurishwa</translation>
    </message>
    <message>
      <source>Refund</source>
      <translation>Subiza amafaranga</translation>
    </message>
    <message>
      <source>A · exempt</source>
      <translation>A · usonewe</translation>
    </message>
    <message>
      <source>B · 18 % VAT</source>
      <translation>B · TVA 18 %</translation>
    </message>
    <message>
      <source>C · zero-rated</source>
      <translation>C · igipimo cya zeru</translation>
    </message>
    <message>
      <source>D · non-VAT</source>
      <translation>D · nta TVA</translation>
    </message>
    <message>
      <source>Normal</source>
      <translation>Bisanzwe</translation>
    </message>
    <message>
      <source>Training</source>
      <translation>Imyitozo</translation>
    </message>
    <message>
      <source>Proforma</source>
      <translation>Proforma</translation>
    </message>
  </context>
  <context>
    <name>long_work</name>
    <message>
      <source>Cancel</source>
      <translation>Reka</translation>
    </message>
    <message>
      <source>Cancelling… nothing will be saved.</source>
      <translation>Turahagarika… nta kizabikwa.</translation>
    </message>
  </context>
  <context>
    <name>menu_page</name>
    <message>
      <source>0 thin</source>
      <translation>0 biyoroshye</translation>
    </message>
    <message>
      <source>1 slightly thick</source>
      <translation>1 byijimye gato cyane</translation>
    </message>
    <message>
      <source>2 mildly thick</source>
      <translation>2 byijimye gato</translation>
    </message>
    <message>
      <source>3 moderately thick</source>
      <translation>3 byijimye bigereranyije</translation>
    </message>
    <message>
      <source>4 extremely thick</source>
      <translation>4 byijimye cyane</translation>
    </message>
  </context>
  <context>
    <name>presentation</name>
    <message>
      <source>Sorry, something went wrong and nothing was changed. The details are in the log file.</source>
      <translation>Mutwihanganire, habaye ikibazo kandi nta cyahindutse. Ibisobanuro biri mu idosiye y'ibyabaye.</translation>
    </message>
  </context>
  <context>
    <name>printing</name>
    <message>
      <source>Page {page} of {pages}</source>
      <translation>Ipaji {page} kuri {pages}</translation>
    </message>
    <message>
      <source>Preview — {title}</source>
      <translation>Reba mbere — {title}</translation>
    </message>
  </context>
  <context>
    <name>service_words</name>
    <message>
      <source>3 liquidised</source>
      <translation>3 byasukuwe</translation>
    </message>
    <message>
      <source>4 puréed</source>
      <translation>4 byanoze</translation>
    </message>
    <message>
      <source>5 minced and moist</source>
      <translation>5 byakaswe duto kandi bitose</translation>
    </message>
    <message>
      <source>6 soft and bite-sized</source>
      <translation>6 byoroshye kandi bicagaguye</translation>
    </message>
    <message>
      <source>7 easy to chew</source>
      <translation>7 byoroshye guhekenya</translation>
    </message>
    <message>
      <source>7 regular</source>
      <translation>7 bisanzwe</translation>
    </message>
    <message>
      <source>0 thin</source>
      <translation>0 biyoroshye</translation>
    </message>
    <message>
      <source>1 slightly thick</source>
      <translation>1 byijimye gato cyane</translation>
    </message>
    <message>
      <source>2 mildly thick</source>
      <translation>2 byijimye gato</translation>
    </message>
    <message>
      <source>3 moderately thick</source>
      <translation>3 byijimye bigereranyije</translation>
    </message>
    <message>
      <source>4 extremely thick</source>
      <translation>4 byijimye cyane</translation>
    </message>
    <message>
      <source>regular</source>
      <translation>isanzwe</translation>
    </message>
    <message>
      <source>guest meal</source>
      <translation>ifunguro ry'umushyitsi</translation>
    </message>
    <message>
      <source>standard</source>
      <translation>isanzwe</translation>
    </message>
    <message>
      <source>keto</source>
      <translation>keto</translation>
    </message>
    <message>
      <source>detox</source>
      <translation>detox</translation>
    </message>
    <message>
      <source>diabetic friendly</source>
      <translation>ikwiye abarwayi ba diyabete</translation>
    </message>
    <message>
      <source>low sodium</source>
      <translation>umunyu muke</translation>
    </message>
    <message>
      <source>renal</source>
      <translation>iy'impyiko</translation>
    </message>
    <message>
      <source>high protein</source>
      <translation>poroteyine nyinshi</translation>
    </message>
    <message>
      <source>vegetarian</source>
      <translation>nta nyama</translation>
    </message>
    <message>
      <source>gluten free</source>
      <translation>nta gluten</translation>
    </message>
    <message>
      <source>weight loss</source>
      <translation>kugabanya ibiro</translation>
    </message>
    <message>
      <source>pregnancy</source>
      <translation>gutwita</translation>
    </message>
    <message>
      <source>NPO until {moment}</source>
      <translation>Ntarya ntanywa kugeza {moment}</translation>
    </message>
  </context>
</TS>
