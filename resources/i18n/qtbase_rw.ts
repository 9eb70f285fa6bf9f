<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="rw_RW">
  <context>
    <name>QPlatformTheme</name>
    <message>
      <source>OK</source>
      <translation>Emeza</translation>
    </message>
    <message>
      <source>Save</source>
      <translation>Bika</translation>
    </message>
    <message>
      <source>Save All</source>
      <translation>Bika byose</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Fungura</translation>
    </message>
    <message>
      <source>&amp;Yes</source>
      <translation>&amp;Yego</translation>
    </message>
    <message>
      <source>Yes to &amp;All</source>
      <translation>Yego kuri &amp;byose</translation>
    </message>
    <message>
      <source>&amp;No</source>
      <translation>&amp;Oya</translation>
    </message>
    <message>
      <source>N&amp;o to All</source>
      <translation>O&amp;ya kuri byose</translation>
    </message>
    <message>
      <source>Abort</source>
      <translation>Hagarika</translation>
    </message>
    <message>
      <source>Retry</source>
      <translation>Ongera ugerageze</translation>
    </message>
    <message>
      <source>Ignore</source>
      <translation>Birengagize</translation>
    </message>
    <message>
      <source>Close</source>
      <translation>Funga</translation>
    </message>
    <message>
      <source>Cancel</source>
      <translation>Reka</translation>
    </message>
    <message>
      <source>Discard</source>
      <translation>Ta</translation>
    </message>
    <message>
      <source>Help</source>
      <translation>Ubufasha</translation>
    </message>
    <message>
      <source>Apply</source>
      <translation>Shyira mu bikorwa</translation>
    </message>
    <message>
      <source>Reset</source>
      <translation>Subiza uko byari</translation>
    </message>
    <message>
      <source>Restore Defaults</source>
      <translation>Garura ibisanzwe</translation>
    </message>
  </context>
  <context>
    <name>QDialogButtonBox</name>
    <message>
      <source>OK</source>
      <translation>Emeza</translation>
    </message>
  </context>
  <context>
    <name>QMessageBox</name>
    <message>
      <source>Show Details...</source>
      <translation>Erekana ibisobanuro…</translation>
    </message>
    <message>
      <source>Hide Details...</source>
      <translation>Hisha ibisobanuro…</translation>
    </message>
  </context>
  <context>
    <name>QProgressDialog</name>
    <message>
      <source>Cancel</source>
      <translation>Reka</translation>
    </message>
  </context>
  <context>
    <name>QInputDialog</name>
    <message>
      <source>Enter a value:</source>
      <translation>Andika agaciro:</translation>
    </message>
  </context>
  <context>
    <name>QDialog</name>
    <message>
      <source>What's This?</source>
      <translation>Iki ni iki?</translation>
    </message>
  </context>
  <context>
    <name>QPrintPreviewDialog</name>
    <message>
      <source>%1%</source>
      <translation>%1%</translation>
    </message>
    <message>
      <source>Export to PDF</source>
      <translation>Bika nka PDF</translation>
    </message>
    <message>
      <source>First page</source>
      <translation>Ipaji ya mbere</translation>
    </message>
    <message>
      <source>Fit page</source>
      <translation>Huza n'ipaji</translation>
    </message>
    <message>
      <source>Fit width</source>
      <translation>Huza n'ubugari</translation>
    </message>
    <message>
      <source>Landscape</source>
      <translation>Mu bugari</translation>
    </message>
    <message>
      <source>Last page</source>
      <translation>Ipaji ya nyuma</translation>
    </message>
    <message>
      <source>Next page</source>
      <translation>Ipaji ikurikira</translation>
    </message>
    <message>
      <source>Page Setup</source>
      <translation>Imiterere y'ipaji</translation>
    </message>
    <message>
      <source>Page setup</source>
      <translation>Imiterere y'ipaji</translation>
    </message>
    <message>
      <source>Portrait</source>
      <translation>Mu burebure</translation>
    </message>
    <message>
      <source>Previous page</source>
      <translation>Ipaji ibanziriza</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Capa</translation>
    </message>
    <message>
      <source>Print Preview</source>
      <translation>Reba mbere yo gucapa</translation>
    </message>
    <message>
      <source>Show facing pages</source>
      <translation>Erekana amapaji abiri</translation>
    </message>
    <message>
      <source>Show overview of all pages</source>
      <translation>Erekana amapaji yose</translation>
    </message>
    <message>
      <source>Show single page</source>
      <translation>Erekana ipaji imwe</translation>
    </message>
    <message>
      <source>Zoom in</source>
      <translation>Ongera ingano</translation>
    </message>
    <message>
      <source>Zoom out</source>
      <translation>Gabanya ingano</translation>
    </message>
  </context>
  <context>
    <name>QLineEdit</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Koporora</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Omeka</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Subiramo</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Kuraho igikorwa</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Kata</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Siba</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hitamo byose</translation>
    </message>
  </context>
  <context>
    <name>QWidgetTextControl</name>
    <message>
      <source>&amp;Copy</source>
      <translation>&amp;Koporora</translation>
    </message>
    <message>
      <source>&amp;Paste</source>
      <translation>&amp;Omeka</translation>
    </message>
    <message>
      <source>&amp;Redo</source>
      <translation>&amp;Subiramo</translation>
    </message>
    <message>
      <source>&amp;Undo</source>
      <translation>&amp;Kuraho igikorwa</translation>
    </message>
    <message>
      <source>Cu&amp;t</source>
      <translation>&amp;Kata</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Siba</translation>
    </message>
    <message>
      <source>Select All</source>
      <translation>Hitamo byose</translation>
    </message>
    <message>
      <source>Copy &amp;Link Location</source>
      <translation>Koporora aho &amp;ihuza rijya</translation>
    </message>
  </context>
  <context>
    <name>QAbstractSpinBox</name>
    <message>
      <source>&amp;Select All</source>
      <translation>&amp;Hitamo byose</translation>
    </message>
    <message>
      <source>&amp;Step up</source>
      <translation>&amp;Ongera</translation>
    </message>
    <message>
      <source>Step &amp;down</source>
      <translation>&amp;Gabanya</translation>
    </message>
  </context>
  <context>
    <name>QPrintDialog</name>
    <message>
      <source>&amp;Print</source>
      <translation>&amp;Capa</translation>
    </message>
    <message>
      <source>Print</source>
      <translation>Capa</translation>
    </message>
    <message>
      <source>OK</source>
      <translation>Emeza</translation>
    </message>
    <message>
      <source>All Pages</source>
      <translation>Amapaji yose</translation>
    </message>
    <message>
      <source>Even Pages</source>
      <translation>Amapaji ya 2, 4, 6…</translation>
    </message>
    <message>
      <source>Odd Pages</source>
      <translation>Amapaji ya 1, 3, 5…</translation>
    </message>
    <message>
      <source>Local file</source>
      <translation>Dosiye iri kuri mudasobwa</translation>
    </message>
    <message>
      <source>Print To File ...</source>
      <translation>Capa muri dosiye…</translation>
    </message>
    <message>
      <source>Print to File (PDF)</source>
      <translation>Capa muri dosiye (PDF)</translation>
    </message>
    <message>
      <source>Write PDF file</source>
      <translation>Andika dosiye ya PDF</translation>
    </message>
    <message>
      <source>&amp;Options &gt;&gt;</source>
      <translation>&amp;Ibindi &gt;&gt;</translation>
    </message>
    <message>
      <source>&amp;Options &lt;&lt;</source>
      <translation>&amp;Ibindi &lt;&lt;</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to overwrite it?</source>
      <translation>%1 isanzweho.
Urashaka kuyisimbuza?</translation>
    </message>
    <message>
      <source>The 'From' value cannot be greater than the 'To' value.</source>
      <translation>Agaciro ka 'Kuva' ntikarenga aka 'Kugeza'.</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <source>Look in:</source>
      <translation>Reba muri:</translation>
    </message>
    <message>
      <source>File &amp;name:</source>
      <translation>&amp;Izina rya dosiye:</translation>
    </message>
    <message>
      <source>Files of type:</source>
      <translation>Ubwoko bwa dosiye:</translation>
    </message>
    <message>
      <source>&amp;Open</source>
      <translation>&amp;Fungura</translation>
    </message>
    <message>
      <source>&amp;Save</source>
      <translation>&amp;Bika</translation>
    </message>
    <message>
      <source>Save As</source>
      <translation>Bika nka</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Fungura</translation>
    </message>
    <message>
      <source>Back</source>
      <translation>Subira inyuma</translation>
    </message>
    <message>
      <source>Forward</source>
      <translation>Komeza imbere</translation>
    </message>
    <message>
      <source>Parent Directory</source>
      <translation>Ububiko bukuru</translation>
    </message>
    <message>
      <source>Create New Folder</source>
      <translation>Kora ububiko bushya</translation>
    </message>
    <message>
      <source>Create a New Folder</source>
      <translation>Kora ububiko bushya</translation>
    </message>
    <message>
      <source>New Folder</source>
      <translation>Ububiko bushya</translation>
    </message>
    <message>
      <source>&amp;New Folder</source>
      <translation>Ububiko &amp;bushya</translation>
    </message>
    <message>
      <source>List View</source>
      <translation>Urutonde</translation>
    </message>
    <message>
      <source>Detail View</source>
      <translation>Ibisobanuro birambuye</translation>
    </message>
    <message>
      <source>All Files (*)</source>
      <translation>Dosiye zose (*)</translation>
    </message>
    <message>
      <source>All files (*)</source>
      <translation>Dosiye zose (*)</translation>
    </message>
    <message>
      <source>%1 already exists.
Do you want to replace it?</source>
      <translation>%1 isanzweho.
Urashaka kuyisimbuza?</translation>
    </message>
    <message>
      <source>Directory:</source>
      <translation>Ububiko:</translation>
    </message>
    <message>
      <source>&amp;Choose</source>
      <translation>&amp;Hitamo</translation>
    </message>
    <message>
      <source>Recent Places</source>
      <translation>Aho uheruka</translation>
    </message>
    <message>
      <source>My Computer</source>
      <translation>Mudasobwa yanjye</translation>
    </message>
    <message>
      <source>Go back</source>
      <translation>Subira inyuma</translation>
    </message>
    <message>
      <source>Go forward</source>
      <translation>Jya imbere</translation>
    </message>
    <message>
      <source>Go to the parent directory</source>
      <translation>Jya mu bubiko bukuru</translation>
    </message>
    <message>
      <source>Change to list view mode</source>
      <translation>Garagaza nk'urutonde</translation>
    </message>
    <message>
      <source>Change to detail view mode</source>
      <translation>Garagaza ibisobanuro birambuye</translation>
    </message>
    <message>
      <source>Sidebar</source>
      <translation>Uruhande</translation>
    </message>
    <message>
      <source>List of places and bookmarks</source>
      <translation>Urutonde rw'ahantu n'ibyo wabitse</translation>
    </message>
    <message>
      <source>Files</source>
      <translation>Dosiye</translation>
    </message>
    <message>
      <source>Directories</source>
      <translation>Ububiko</translation>
    </message>
    <message>
      <source>Unknown</source>
      <translation>Ntibizwi</translation>
    </message>
    <message>
      <source>&amp;Delete</source>
      <translation>&amp;Siba</translation>
    </message>
    <message>
      <source>&amp;Rename</source>
      <translation>&amp;Hindura izina</translation>
    </message>
    <message>
      <source>Show &amp;hidden files</source>
      <translation>Erekana dosiye &amp;zihishe</translation>
    </message>
    <message>
      <source>Delete</source>
      <translation>Siba</translation>
    </message>
    <message>
      <source>Remove</source>
      <translation>Kuramo</translation>
    </message>
    <message>
      <source>Are you sure you want to delete '%1'?</source>
      <translation>Uzi neza ko ushaka gusiba '%1'?</translation>
    </message>
    <message>
      <source>File</source>
      <translation>Dosiye</translation>
    </message>
    <message>
      <source>Folder</source>
      <translation>Ububiko</translation>
    </message>
    <message>
      <source>File Folder</source>
      <translation>Ububiko</translation>
    </message>
    <message>
      <source>%1 File</source>
      <translation>Dosiye %1</translation>
    </message>
  </context>
</TS>
